/** Builds the real app against the test database, as server.ts would. */
import type { FastifyInstance } from "fastify";
import { inject } from "vitest";
import { type AppConfig, buildApp } from "../../server/src/app.js";
import { loadConfig } from "../../server/src/config.js";
import { resetGraph } from "./test-db.js";

export function testConfig(env: Record<string, string> = {}): AppConfig {
  const config = loadConfig({ LOG_LEVEL: "silent", SEED_ON_START: "false", ...env });
  return { ...config, neo4j: inject("neo4j") };
}

export async function testApp(
  env: Record<string, string> = {},
  override: Partial<AppConfig> = {},
): Promise<FastifyInstance> {
  const app = await buildApp({ ...testConfig(env), ...override });
  await app.ready();
  return app;
}

/** The app on an emptied test graph, optionally loaded with a fixture: the usual start of a test file. */
export async function testAppOnFreshGraph(
  options: { env?: Record<string, string>; load?: (db: FastifyInstance["db"]) => Promise<unknown> } = {},
): Promise<FastifyInstance> {
  const app = await testApp(options.env);
  await resetGraph(app.db);
  await options.load?.(app.db);
  return app;
}
