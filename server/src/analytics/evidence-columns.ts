/**
 * Every dated statement of the graph as columns (day, source, target, type, asserted), sorted
 * by day, and the window reads the analyses start from: typed ties, ties touching a party, and
 * counts per day. A one-year window at country level is ~200,000 statements on a 1M-statement
 * graph; counting them here takes milliseconds where Cypher's row-at-a-time grouping and the
 * streaming of ~80,000 grouped rows take most of a second. Filling the columns from the
 * database, and knowing when they are current, is db/evidence-projection.ts.
 */
import { RELATION_TYPES, type RelationType } from "../domain/relations.js";
import type { TypedTie } from "./ties.js";
import type { DayCount } from "./timeline.js";

/** What every window read filters on. Dates are YYYY-MM-DD, both ends included. */
export interface EvidenceWindow {
  from: string;
  to: string;
  level: "actor" | "country";
  types: readonly RelationType[];
  assertedOnly: boolean;
}

/** One party of a scoped read: its id at the level and the actors folded into it. */
export interface PartyScope {
  party: string;
  memberIds: readonly string[];
  /** The other party of a dyad: only evidence between the two counts. */
  other: string | null;
}

const TYPE_INDEX = new Map<string, number>(RELATION_TYPES.map((t, i) => [t, i]));
const TYPES = RELATION_TYPES.length;
/** An actor without an affiliation code has no node at level "country". */
const NO_CODE = -1;

/** YYYY-MM-DD → yyyymmdd, an integer that sorts as the date does. */
export function dayNumber(day: string): number {
  return Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
}

function dayString(n: number): string {
  const y = Math.floor(n / 10_000);
  const m = Math.floor(n / 100) % 100;
  const d = n % 100;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function grow<T extends Int32Array | Uint8Array>(column: T, size: number, make: (n: number) => T): T {
  if (size < column.length) return column;
  const bigger = make(Math.max(1024, column.length * 2));
  bigger.set(column);
  return bigger;
}

/** Collects statements in day order, then freezes them into EvidenceColumns. */
export class EvidenceColumnsBuilder {
  private size = 0;
  private day = new Int32Array(0);
  private source = new Int32Array(0);
  private target = new Int32Array(0);
  private type = new Uint8Array(0);
  private asserted = new Uint8Array(0);
  private readonly actorIndex = new Map<string, number>();
  private lastDay = Number.NEGATIVE_INFINITY;

  private actor(id: string): number {
    let i = this.actorIndex.get(id);
    if (i === undefined) {
      i = this.actorIndex.size;
      this.actorIndex.set(id, i);
    }
    return i;
  }

  /**
   * One statement: its day (yyyymmdd, not before the previous one's) and its relation id
   * `source--TYPE--target`. Statements of types outside the ontology are skipped.
   */
  add(day: number, relationId: string, negated: boolean, future: boolean): void {
    if (day < this.lastDay)
      throw new Error(`statements must come in day order (${day} after ${this.lastDay})`);
    const [source, type, target] = relationId.split("--");
    const t = type === undefined ? undefined : TYPE_INDEX.get(type);
    if (source === undefined || target === undefined || t === undefined) return;
    this.lastDay = day;
    const n = this.size;
    this.day = grow(this.day, n, (k) => new Int32Array(k));
    this.source = grow(this.source, n, (k) => new Int32Array(k));
    this.target = grow(this.target, n, (k) => new Int32Array(k));
    this.type = grow(this.type, n, (k) => new Uint8Array(k));
    this.asserted = grow(this.asserted, n, (k) => new Uint8Array(k));
    this.day[n] = day;
    this.source[n] = this.actor(source);
    this.target[n] = this.actor(target);
    this.type[n] = t;
    this.asserted[n] = negated || future ? 0 : 1;
    this.size = n + 1;
  }

  /** The columns, with every actor's affiliation code (actor id → code) for level "country". */
  build(affiliationOf: ReadonlyMap<string, string>): EvidenceColumns {
    const actorIds = [...this.actorIndex.keys()];
    const codeIndex = new Map<string, number>();
    const codeOfActor = Int32Array.from(actorIds, (id) => {
      const code = affiliationOf.get(id);
      if (code === undefined) return NO_CODE;
      let i = codeIndex.get(code);
      if (i === undefined) {
        i = codeIndex.size;
        codeIndex.set(code, i);
      }
      return i;
    });
    const n = this.size;
    return new EvidenceColumns(
      {
        day: this.day.slice(0, n),
        source: this.source.slice(0, n),
        target: this.target.slice(0, n),
        type: this.type.slice(0, n),
        asserted: this.asserted.slice(0, n),
      },
      actorIds,
      codeOfActor,
      [...codeIndex.keys()],
    );
  }
}

interface Columns {
  day: Int32Array;
  source: Int32Array;
  target: Int32Array;
  type: Uint8Array;
  asserted: Uint8Array;
}

/** The nodes of a level: indexes into `names`, one per actor (NO_CODE: no node). */
interface Level {
  nodeOf: Int32Array;
  names: readonly string[];
}

export class EvidenceColumns {
  constructor(
    private readonly c: Columns,
    private readonly actorIds: readonly string[],
    private readonly codeOfActor: Int32Array,
    private readonly codes: readonly string[],
  ) {}

  get size(): number {
    return this.c.day.length;
  }

  /** Bytes held by the columns (not counting the id strings). */
  get bytes(): number {
    const { day, source, target, type, asserted } = this.c;
    return day.byteLength + source.byteLength + target.byteLength + type.byteLength + asserted.byteLength;
  }

  private level(level: EvidenceWindow["level"]): Level {
    if (level === "country") return { nodeOf: this.codeOfActor, names: this.codes };
    return { nodeOf: Int32Array.from(this.actorIds, (_, i) => i), names: this.actorIds };
  }

  /** The first index whose day is ≥ `day`. */
  private lowerBound(day: number): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.c.day[mid] as number) < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Calls `visit(i, source, target)` for every statement in the window, of a selected type,
   * asserted when asked, between two different nodes of the level (and touching `members`
   * when given). `source`/`target` are node indexes of the level.
   */
  private scan(
    w: EvidenceWindow,
    level: Level,
    members: Uint8Array | undefined,
    visit: (i: number, source: number, target: number) => void,
  ): void {
    const { source, target, type, asserted } = this.c;
    const selected = Uint8Array.from(RELATION_TYPES, (t) => (w.types.includes(t) ? 1 : 0));
    const end = this.lowerBound(dayNumber(w.to) + 1);
    for (let i = this.lowerBound(dayNumber(w.from)); i < end; i++) {
      if (selected[type[i] as number] === 0 || (w.assertedOnly && asserted[i] === 0)) continue;
      const sa = source[i] as number;
      const ta = target[i] as number;
      if (members && members[sa] === 0 && members[ta] === 0) continue;
      const s = level.nodeOf[sa] as number;
      const t = level.nodeOf[ta] as number;
      if (s === NO_CODE || t === NO_CODE || s === t) continue;
      visit(i, s, t);
    }
  }

  private memberMask(memberIds: readonly string[]): Uint8Array {
    const wanted = new Set(memberIds);
    return Uint8Array.from(this.actorIds, (id) => (wanted.has(id) ? 1 : 0));
  }

  private typedTies(w: EvidenceWindow, members: Uint8Array | undefined): TypedTie[] {
    const level = this.level(w.level);
    const nodes = level.names.length;
    const counts = new Map<number, number>();
    this.scan(w, level, members, (i, s, t) => {
      const key = (s * nodes + t) * TYPES + (this.c.type[i] as number);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    });
    const ties: TypedTie[] = [];
    for (const [key, evidence] of counts) {
      const pair = Math.floor(key / TYPES);
      ties.push({
        source: level.names[Math.floor(pair / nodes)] as string,
        target: level.names[pair % nodes] as string,
        type: RELATION_TYPES[key % TYPES] as RelationType,
        evidence,
      });
    }
    return ties;
  }

  /** Evidence in the window per directed, typed tie between two nodes of the level. */
  ties(w: EvidenceWindow): TypedTie[] {
    return this.typedTies(w, undefined);
  }

  /** As ties(), for the statements whose source or target actor is one of `memberIds`. */
  partyTies(w: EvidenceWindow, memberIds: readonly string[]): TypedTie[] {
    return this.typedTies(w, this.memberMask(memberIds));
  }

  /**
   * The relation ids (`source--TYPE--target`, actor level) of the statements in the window
   * whose ends, folded to the level, go from one of `sources` to one of `targets`, or either
   * way for `eitherWay` types: where a read of the statements themselves can start.
   */
  relationIds(
    w: EvidenceWindow,
    sources: readonly string[],
    targets: readonly string[],
    eitherWay: readonly RelationType[],
  ): string[] {
    const level = this.level(w.level);
    const mask = (names: readonly string[]) => {
      const wanted = new Set(names);
      return Uint8Array.from(level.names, (name) => (wanted.has(name) ? 1 : 0));
    };
    const isSource = mask(sources);
    const isTarget = mask(targets);
    const symmetric = Uint8Array.from(RELATION_TYPES, (t) => (eitherWay.includes(t) ? 1 : 0));
    const ids = new Set<string>();
    this.scan(w, level, undefined, (i, s, t) => {
      const type = this.c.type[i] as number;
      const forward = isSource[s] === 1 && isTarget[t] === 1;
      const backward = symmetric[type] === 1 && isSource[t] === 1 && isTarget[s] === 1;
      if (!forward && !backward) return;
      ids.add(
        `${this.actorIds[this.c.source[i] as number]}--${RELATION_TYPES[type]}--${this.actorIds[this.c.target[i] as number]}`,
      );
    });
    return [...ids];
  }

  /**
   * Evidence per day and type: everything, or what touches the party's members, or (with
   * `other`) what joins the party and the other after folding to the level.
   */
  dayCounts(w: EvidenceWindow, scope?: PartyScope): DayCount[] {
    const level = this.level(w.level);
    const members = scope ? this.memberMask(scope.memberIds) : undefined;
    const dyad = scope?.other == null ? undefined : [scope.party, scope.other];
    const inDyad = dyad ? Uint8Array.from(level.names, (name) => (dyad.includes(name) ? 1 : 0)) : undefined;
    const counts = new Map<number, number>();
    this.scan(w, level, members, (i, s, t) => {
      if (inDyad && (inDyad[s] === 0 || inDyad[t] === 0)) return;
      const key = (this.c.day[i] as number) * TYPES + (this.c.type[i] as number);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    });
    return [...counts].map(([key, evidence]) => ({
      day: dayString(Math.floor(key / TYPES)),
      type: RELATION_TYPES[key % TYPES] as RelationType,
      evidence,
    }));
  }
}
