/** buildApp(config): the whole HTTP application, plugins and routes registered explicitly. */
import { randomUUID } from "node:crypto";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { Config, Neo4jConnection } from "./config.js";
import { extract } from "./extraction/pipeline.js";
import { clientPlugin } from "./plugins/client.js";
import { docsPlugin } from "./plugins/docs.js";
import { errorHandlerPlugin } from "./plugins/error-handler.js";
import { neo4jPlugin } from "./plugins/neo4j.js";
import { securityPlugin } from "./plugins/security.js";
import { actorRoutes } from "./routes/actors.js";
import { analyticsRoutes } from "./routes/analytics.js";
import { articleRoutes } from "./routes/articles.js";
import { extractRoutes } from "./routes/extract.js";
import { graphRoutes } from "./routes/graph.js";
import { healthRoutes } from "./routes/health.js";
import { ontologyRoutes } from "./routes/ontology.js";
import { relationRoutes } from "./routes/relations.js";
import { statsRoutes } from "./routes/stats.js";

/** The configuration with the database settled: given, or the local server's. */
export type AppConfig = Omit<Config, "neo4j"> & { neo4j: Neo4jConnection };

export async function buildApp(config: AppConfig): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    // Applying the schema on a busy or cold database can take longer than Fastify's 10 s default.
    pluginTimeout: 120_000,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(errorHandlerPlugin);
  await app.register(securityPlugin, {
    apiToken: config.apiToken,
    corsOrigins: config.corsOrigins,
    rateLimitPerMinute: config.rateLimitPerMinute,
  });
  await app.register(neo4jPlugin, { connection: config.neo4j, queryTimeoutMs: config.queryTimeoutMs });
  await app.register(docsPlugin);

  await app.register(healthRoutes);
  await app.register(articleRoutes, { extract });
  await app.register(extractRoutes, { extract });
  await app.register(actorRoutes);
  await app.register(graphRoutes);
  await app.register(relationRoutes);
  await app.register(ontologyRoutes);
  await app.register(statsRoutes);
  await app.register(analyticsRoutes);

  await app.register(clientPlugin);
  return app;
}
