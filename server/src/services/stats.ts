/** Graph statistics: actors by kind, articles, evidence, relations by type, the date range. */
import type { StatsResponse } from "../contracts/stats.js";
import type { GraphDb } from "../db/graph-db.js";
import { StatsRepository } from "../db/stats-repository.js";
import { ACTOR_KINDS } from "../domain/actors.js";

export function statsServiceFor(db: GraphDb) {
  const repo = new StatsRepository(db);
  return {
    async summary(): Promise<StatsResponse> {
      const s = await repo.get();
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
  };
}
