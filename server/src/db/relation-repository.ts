/** Aggregate relations and the evidence statements behind them; rows cross this edge as plain JSON. */
import neo4j from "neo4j-driver";
import type { RelationType } from "../domain/relations.js";
import { loadQueries } from "./cypher-files.js";
import type { GraphDb } from "./graph-db.js";
import { toNative } from "./to-native.js";

const Q = loadQueries([
  "relation.find",
  "relation.count",
  "relation.evidence",
  "relation.evidence-count",
  "relation.country-evidence",
  "relation.country-evidence-count",
]);

export interface RelationRecord {
  id: string;
  source: string;
  type: RelationType;
  target: string;
  evidenceCount: number;
  assertedCount: number;
  sourceCount: number;
  firstSeen: string;
  lastSeen: string;
  maxConfidence: number;
  weight: number;
}

export interface RelationFilter {
  source?: string;
  target?: string;
  types: readonly RelationType[];
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

interface Named {
  id: string;
  name: string;
}

export interface EvidenceRecord {
  evidence: {
    id: string;
    relationId: string;
    sentence: string;
    start: number;
    end: number;
    trigger: string;
    confidence: number;
    quote: boolean;
    negated: boolean;
    future: boolean;
    rule: string;
  };
  source: Named;
  target: Named;
  speaker: Named | null;
  article: { id: string; title: string; source: string | null; url: string | null; publishedAt: string };
}

/** Actor level: by relation id; country level: by affiliation codes and type. */
export type EvidenceKey =
  | { level: "actor"; id: string }
  | { level: "country"; sourceCode: string; type: RelationType; targetCode: string };

const native = <T>(records: { toObject(): Record<string, unknown> }[]): T[] =>
  records.map((r) => toNative(r.toObject()) as T);

export class RelationRepository {
  constructor(private readonly db: GraphDb) {}

  async find(filter: RelationFilter): Promise<{ items: RelationRecord[]; total: number }> {
    const params = {
      source: filter.source ?? null,
      target: filter.target ?? null,
      types: filter.types,
      from: filter.from ?? null,
      to: filter.to ?? null,
      limit: neo4j.int(filter.limit),
      offset: neo4j.int(filter.offset),
    };
    return this.db.read(async (tx) => {
      const items = native<RelationRecord>((await tx.run(Q["relation.find"], params)).records);
      const total = Number(
        toNative((await tx.run(Q["relation.count"], params)).records[0]?.get("total")) ?? 0,
      );
      return { items, total };
    });
  }

  async evidence(
    key: EvidenceKey,
    page: { limit: number; offset: number },
  ): Promise<{ items: EvidenceRecord[]; total: number }> {
    const [list, count] =
      key.level === "actor"
        ? [Q["relation.evidence"], Q["relation.evidence-count"]]
        : [Q["relation.country-evidence"], Q["relation.country-evidence-count"]];
    const params = { ...key, limit: neo4j.int(page.limit), offset: neo4j.int(page.offset) };
    return this.db.read(async (tx) => {
      const total = Number(toNative((await tx.run(count, params)).records[0]?.get("total")) ?? 0);
      const items = total === 0 ? [] : native<EvidenceRecord>((await tx.run(list, params)).records);
      return { items, total };
    });
  }
}
