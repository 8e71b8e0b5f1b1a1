/** Counts over the whole graph. */
import type { ActorKind } from "../domain/actors.js";
import { RELATION_TYPES, type RelationType } from "../domain/relations.js";
import { loadQueries } from "./cypher-files.js";
import type { GraphDb } from "./graph-db.js";
import { toNative } from "./to-native.js";

const Q = loadQueries(["stats.actors", "stats.totals", "stats.relations"]);

export interface StatsRecord {
  actorsByKind: { kind: ActorKind; n: number }[];
  articles: number;
  evidence: number;
  firstDate: string | null;
  lastDate: string | null;
  relationsByType: { type: RelationType; relations: number; evidence: number }[];
}

export class StatsRepository {
  constructor(private readonly db: GraphDb) {}

  async get(): Promise<StatsRecord> {
    return this.db.read(async (tx) => {
      const native = (records: { toObject(): Record<string, unknown> }[]) =>
        records.map((r) => toNative(r.toObject()));
      const actorsByKind = native((await tx.run(Q["stats.actors"])).records) as StatsRecord["actorsByKind"];
      const [totals] = native((await tx.run(Q["stats.totals"])).records) as Pick<
        StatsRecord,
        "articles" | "evidence" | "firstDate" | "lastDate"
      >[];
      const relationsByType = native(
        (await tx.run(Q["stats.relations"], { types: RELATION_TYPES })).records,
      ) as StatsRecord["relationsByType"];
      return {
        actorsByKind,
        articles: totals?.articles ?? 0,
        evidence: totals?.evidence ?? 0,
        firstDate: totals?.firstDate ?? null,
        lastDate: totals?.lastDate ?? null,
        relationsByType,
      };
    });
  }
}
