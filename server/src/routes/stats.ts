import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorResponse } from "../contracts/errors.js";
import { StatsResponse } from "../contracts/stats.js";
import { StatsRepository } from "../db/stats-repository.js";
import { ACTOR_KINDS } from "../domain/actors.js";

export const statsRoutes: FastifyPluginAsyncZod = async (app) => {
  const stats = new StatsRepository(app.db);
  app.get(
    "/api/stats",
    {
      schema: {
        tags: ["stats"],
        summary: "Counts: actors by kind, articles, evidence, relations by type, and the date range",
        response: { 200: StatsResponse, 503: ErrorResponse, 504: ErrorResponse },
      },
    },
    async (): Promise<StatsResponse> => {
      const s = await stats.get();
      const byKind = Object.fromEntries(ACTOR_KINDS.map((k) => [k, 0])) as StatsResponse["actors"]["byKind"];
      for (const { kind, n } of s.actorsByKind) if (kind in byKind) byKind[kind] = n;
      return {
        actors: { total: s.actorsByKind.reduce((sum, k) => sum + k.n, 0), byKind },
        articles: s.articles,
        evidence: s.evidence,
        relations: {
          total: s.relationsByType.reduce((sum, r) => sum + r.relations, 0),
          byType: s.relationsByType,
        },
        dateRange: { from: s.firstDate, to: s.lastDate },
      };
    },
  );
};
