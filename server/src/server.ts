/** The only entry point and the only reader of process.env: loadConfig → Neo4j → buildApp → listen. */
import { buildApp } from "./app.js";
import { ConfigError, loadConfig, type Neo4jConnection } from "./config.js";
import { devInstance, localPassword, signalStop, start, stop } from "./db/local-server.js";
import { extract } from "./extraction/pipeline.js";
import { createIngestService } from "./services/ingest.js";
import { formatSummary } from "./services/ingest-files.js";
import { seedIfEmpty } from "./services/seed.js";

async function main(): Promise<void> {
  const config = loadConfig(process.env);

  let connection: Neo4jConnection;
  let stopLocal: (() => Promise<void>) | undefined;
  if (config.neo4j) {
    connection = config.neo4j;
    console.log(`using the Neo4j at ${connection.uri} (NEO4J_URI)`);
  } else {
    const instance = devInstance(config.localBoltPort);
    const t0 = Date.now();
    const server = await start(instance, localPassword(), (line) => console.log(line));
    console.log(
      server.startedHere
        ? `Neo4j answers on ${server.uri} after ${((Date.now() - t0) / 1000).toFixed(1)} s`
        : `using the local Neo4j already running on ${server.uri} (npm run db:stop stops it)`,
    );
    connection = {
      uri: server.uri,
      user: server.user,
      password: server.password,
      database: config.neo4jDatabase,
    };
    if (server.startedHere) {
      stopLocal = async () => {
        await stop(instance);
      };
      // Should this process die without the shutdown below, the JVM is still asked to stop.
      process.on("exit", () => signalStop(instance));
    }
  }

  const app = await buildApp({ ...config, neo4j: connection });
  if (config.seedOnStart) {
    await app.ready();
    try {
      const t0 = Date.now();
      const seeded = await seedIfEmpty(app.db, createIngestService({ db: app.db, extract }));
      console.log(
        seeded
          ? `seed loaded into the empty graph in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${formatSummary(seeded)}`
          : "seed: the graph already holds articles (npm run seed reloads it)",
      );
    } catch (error) {
      console.warn(`seed not loaded: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === "127.0.0.1" || config.host === "::1" ? "localhost" : config.host;
  console.log(`diplograph is serving on http://${shown}:${config.port}  (API docs: /docs)`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: shutting down`);
    await app.close();
    if (stopLocal) {
      console.log("stopping the Neo4j this process started");
      const t0 = Date.now();
      await stopLocal();
      console.log(`Neo4j stopped after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
