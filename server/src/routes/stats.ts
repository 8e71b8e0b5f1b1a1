import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorResponse } from "../contracts/errors.js";
import { StatsResponse } from "../contracts/stats.js";
import { statsServiceFor } from "../services/stats.js";

export const statsRoutes: FastifyPluginAsyncZod = async (app) => {
  const stats = statsServiceFor(app.db);
  app.get(
    "/api/stats",
    {
      schema: {
        tags: ["stats"],
        summary: "Counts: actors by kind, articles, evidence, relations by type, and the date range",
        response: { 200: StatsResponse, 503: ErrorResponse, 504: ErrorResponse },
      },
    },
    async (): Promise<StatsResponse> => stats.summary(),
  );
};
