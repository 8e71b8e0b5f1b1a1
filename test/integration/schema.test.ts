import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Schema } from "../../server/src/db/schema.js";
import { testAppOnFreshGraph } from "../support/app.js";
import { loadFixture } from "../support/graph-fixture.js";

describe("applying the schema to a graph written by an earlier version", () => {
  let app: FastifyInstance;
  const alignment = async () => {
    const res = await app.inject({
      method: "GET",
      url: "/api/analytics/alignment?level=country&from=2020-01-01&to=2030-12-31",
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const withoutCodes = async () =>
    Number(
      (
        await app.db.run(
          "MATCH (e:Evidence) WHERE e.sourceCode IS NULL OR e.targetCode IS NULL RETURN count(e) AS n",
        )
      )[0]?.n,
    );

  beforeAll(async () => {
    app = await testAppOnFreshGraph({ load: loadFixture });
  });
  afterAll(async () => {
    await app.close();
  });

  it("gives statements stored without affiliation codes their codes, so country windows count them again", async () => {
    const current = await alignment();
    expect(current.pairs.length).toBeGreaterThan(0);
    expect(await withoutCodes()).toBe(0);

    await app.db.run("MATCH (e:Evidence) REMOVE e.sourceCode, e.targetCode");
    expect(await withoutCodes()).toBeGreaterThan(0);
    expect((await alignment()).pairs).toEqual([]);

    await new Schema(app.db).apply();
    expect(await withoutCodes()).toBe(0);
    expect(await alignment()).toEqual(current);
  });
});
