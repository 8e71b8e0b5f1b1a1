import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../../server/src/config.js";

describe("loadConfig", () => {
  it("has defaults that serve on loopback with a local Neo4j", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 8080, host: "127.0.0.1", neo4j: undefined, neo4jDatabase: "neo4j" });
    expect(c.apiToken).toBeUndefined();
  });

  it("uses the Neo4j in NEO4J_URI with its credentials", () => {
    const c = loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io", NEO4J_PASSWORD: "secret-pass" });
    expect(c.neo4j).toEqual({
      uri: "neo4j+s://abc.databases.neo4j.io",
      user: "neo4j",
      password: "secret-pass",
      database: "neo4j",
    });
  });

  it("lists every problem at once", () => {
    let error: unknown;
    try {
      loadConfig({ PORT: "eighty", NEO4J_URI: "http://x", LOG_LEVEL: "loud", API_TOKEN: "short" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join("\n");
    for (const key of ["PORT", "NEO4J_URI", "LOG_LEVEL", "API_TOKEN"]) expect(problems).toContain(key);
  });

  it("requires a password with NEO4J_URI", () => {
    expect(() => loadConfig({ NEO4J_URI: "bolt://db:7687" })).toThrow(/NEO4J_PASSWORD: is required/);
  });

  it("refuses a non-loopback HOST without API_TOKEN", () => {
    expect(() => loadConfig({ HOST: "0.0.0.0" })).toThrow(/HOST: binding to 0.0.0.0 needs API_TOKEN/);
    expect(loadConfig({ HOST: "0.0.0.0", API_TOKEN: "a-long-enough-token" }).host).toBe("0.0.0.0");
  });

  it("splits CORS origins", () => {
    expect(loadConfig({ CORS_ORIGINS: "http://a.test, http://b.test" }).corsOrigins).toEqual([
      "http://a.test",
      "http://b.test",
    ]);
  });
});
