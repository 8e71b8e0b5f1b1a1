/**
 * What the ingest and seed commands share with server.ts: the configured Neo4j, or the
 * project's local one (started if needed, and stopped again if this process started it),
 * the schema applied, and the ingestion service with the real extractor.
 */
import { loadConfig, type Neo4jConnection } from "../config.js";
import { GraphDb } from "../db/graph-db.js";
import { devInstance, localPassword, start, stop } from "../db/local-server.js";
import { Schema } from "../db/schema.js";
import { extract } from "../extraction/pipeline.js";
import { createIngestService, type IngestService } from "../services/ingest.js";

export interface IngestRuntime {
  db: GraphDb;
  service: IngestService;
  close(): Promise<void>;
}

export async function openIngestRuntime(log: (line: string) => void): Promise<IngestRuntime> {
  const config = loadConfig(process.env);
  let connection: Neo4jConnection;
  let stopLocal: (() => Promise<unknown>) | undefined;
  if (config.neo4j) {
    connection = config.neo4j;
  } else {
    const instance = devInstance(config.localBoltPort);
    const server = await start(instance, localPassword(), log);
    connection = {
      uri: server.uri,
      user: server.user,
      password: server.password,
      database: config.neo4jDatabase,
    };
    if (server.startedHere) stopLocal = () => stop(instance);
  }
  const db = new GraphDb(connection, Math.max(config.queryTimeoutMs, 60_000));
  try {
    await new Schema(db).apply();
  } catch (error) {
    await db.close();
    if (stopLocal) await stopLocal();
    throw error;
  }
  return {
    db,
    service: createIngestService({ db, extract }),
    async close() {
      await db.close();
      if (stopLocal) {
        log("stopping the Neo4j this command started");
        await stopLocal();
      }
    },
  };
}
