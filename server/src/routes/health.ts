import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorResponse } from "../contracts/errors.js";
import { HealthResponse } from "../contracts/health.js";

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/health",
    {
      schema: {
        tags: ["system"],
        summary: "Whether Neo4j answers, its version, and the schema state",
        response: { 200: HealthResponse, 503: ErrorResponse },
      },
    },
    async () => {
      const neo4j = await app.db.serverInfo();
      let schema = await app.schema.state();
      if (!schema.applied) {
        await app.schema.apply();
        schema = await app.schema.state();
      }
      return { status: "ok" as const, neo4j: { connected: true as const, ...neo4j }, schema };
    },
  );
};
