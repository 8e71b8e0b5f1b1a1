/** Actor search, listing and detail; rows cross this edge as plain JSON. */
import neo4j from "neo4j-driver";
import type { ActorKind } from "../domain/actors.js";
import { RELATION_TYPES, type RelationType } from "../domain/relations.js";
import { loadQueries } from "./cypher-files.js";
import type { GraphDb } from "./graph-db.js";
import { toNative } from "./to-native.js";

const Q = loadQueries([
  "actor.search",
  "actor.search-count",
  "actor.list",
  "actor.count",
  "actor.get",
  "actor.counts",
  "actor.counterparts",
]);

export interface ActorRecord {
  id: string;
  name: string;
  kind: ActorKind;
  affiliation: string;
  role: string | null;
  aliases: string[] | null;
}

export interface ActorHit {
  actor: ActorRecord;
  relationCount: number;
  evidenceCount: number;
  score?: number;
}

export interface ActorFilter {
  kind?: ActorKind;
  affiliation?: string;
  limit: number;
  offset: number;
}

interface TieRecord {
  role: string | null;
  from: string | null;
  to: string | null;
  actor: Omit<ActorRecord, "role" | "aliases">;
}

export interface ActorDetailRecord {
  actor: ActorRecord;
  represents: TieRecord[];
  representedBy: TieRecord[];
  memberOf: Omit<ActorRecord, "role" | "aliases">[];
  counts: { type: RelationType; direction: "out" | "in"; relations: number; evidence: number }[];
  topCounterparts: {
    actor: Omit<ActorRecord, "role" | "aliases">;
    evidenceCount: number;
    types: RelationType[];
  }[];
}

const native = <T>(records: { toObject(): Record<string, unknown> }[]): T[] =>
  records.map((r) => toNative(r.toObject()) as T);

export class ActorRepository {
  constructor(private readonly db: GraphDb) {}

  /** `lucene` absent: list by evidence count. */
  async find(lucene: string | undefined, filter: ActorFilter): Promise<{ items: ActorHit[]; total: number }> {
    const params = {
      lucene: lucene ?? null,
      kind: filter.kind ?? null,
      affiliation: filter.affiliation ?? null,
      types: RELATION_TYPES,
      limit: neo4j.int(filter.limit),
      offset: neo4j.int(filter.offset),
    };
    return this.db.read(async (tx) => {
      const [list, count] = lucene
        ? [Q["actor.search"], Q["actor.search-count"]]
        : [Q["actor.list"], Q["actor.count"]];
      const items = native<ActorHit>((await tx.run(list, params)).records);
      const total = Number(toNative((await tx.run(count, params)).records[0]?.get("total")) ?? 0);
      return { items, total };
    });
  }

  async get(id: string, counterparts: number): Promise<ActorDetailRecord | undefined> {
    const params = { id, types: RELATION_TYPES, limit: neo4j.int(counterparts) };
    return this.db.read(async (tx) => {
      const head = (await tx.run(Q["actor.get"], params)).records[0];
      if (!head) return undefined;
      const base = toNative(head.toObject()) as unknown as Pick<
        ActorDetailRecord,
        "actor" | "represents" | "representedBy" | "memberOf"
      >;
      const counts = native<ActorDetailRecord["counts"][number]>(
        (await tx.run(Q["actor.counts"], params)).records,
      );
      const topCounterparts = native<ActorDetailRecord["topCounterparts"][number]>(
        (await tx.run(Q["actor.counterparts"], params)).records,
      );
      return { ...base, counts, topCounterparts };
    });
  }
}
