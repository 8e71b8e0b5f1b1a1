/**
 * The graph database as a named plugin: one driver for the app, the schema, and the evidence
 * projection the analytics read from; a build in flight is awaited before the driver closes.
 */
import fp from "fastify-plugin";
import type { Neo4jConnection } from "../config.js";
import { EvidenceProjection } from "../db/evidence-projection.js";
import { GraphDb } from "../db/graph-db.js";
import { Schema } from "../db/schema.js";
import { AppError } from "../errors.js";

declare module "fastify" {
  interface FastifyInstance {
    db: GraphDb;
    schema: Schema;
    projection: EvidenceProjection;
  }
}

export interface Neo4jPluginOptions {
  connection: Neo4jConnection;
  queryTimeoutMs: number;
}

export const neo4jPlugin = fp<Neo4jPluginOptions>(
  async (app, opts) => {
    const db = new GraphDb(opts.connection, opts.queryTimeoutMs);
    const schema = new Schema(db);
    app.decorate("db", db);
    app.decorate("schema", schema);
    app.decorate(
      "projection",
      new EvidenceProjection(
        db,
        (build) => app.log.info(build, "evidence projection built"),
        (error) => app.log.warn({ err: error }, "evidence projection not built"),
      ),
    );
    app.addHook("onReady", async () => {
      try {
        await schema.apply();
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        // The database may come up later: /api/health applies the schema once it answers.
        app.log.warn({ err: error }, "schema not applied at start");
      }
    });
    app.addHook("onClose", async () => {
      await app.projection.settled();
      await db.close();
    });
  },
  { name: "neo4j" },
);
