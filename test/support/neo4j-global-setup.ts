/**
 * Once per test run: a throwaway local Neo4j (fresh data dir, free port), or the server
 * in NEO4J_URI when set. Tests get the connection with inject("neo4j").
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import type { TestProject } from "vitest/node";
import type { Neo4jConnection } from "../../server/src/config.js";
import { freePort, type LocalInstance, NEO4J_DIR, start, stop } from "../../server/src/db/local-server.js";
import { TEST_MARKER_LABEL } from "./test-db.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

async function markAsTestDatabase(connection: Neo4jConnection): Promise<void> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  try {
    await driver.executeQuery(`MERGE (:${TEST_MARKER_LABEL})`, {}, { database: connection.database });
  } finally {
    await driver.close();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = process.env;
  if (env.NEO4J_URI) {
    const connection = {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? "neo4j",
      password: env.NEO4J_PASSWORD ?? "",
      database: env.NEO4J_DATABASE ?? "neo4j",
    };
    // A server we did not create is wiped between files only when its owner says so.
    if (env.NEO4J_TEST_ALLOW_RESET === "true") await markAsTestDatabase(connection);
    project.provide("neo4j", connection);
    return async () => {};
  }
  const instance: LocalInstance = {
    home: path.join(NEO4J_DIR, `.test-${process.pid}-${Date.now()}`),
    boltPort: await freePort(),
    heap: "768m",
    pageCache: "128m",
  };
  const password = randomBytes(12).toString("hex");
  const t0 = Date.now();
  const server = await start(instance, password, (line) => console.log(`[neo4j] ${line}`));
  console.log(`[neo4j] throwaway server ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const connection = { uri: server.uri, user: server.user, password, database: "neo4j" };
  await markAsTestDatabase(connection);
  project.provide("neo4j", connection);
  return async () => {
    await stop(instance);
    rmSync(instance.home, { recursive: true, force: true });
  };
}
