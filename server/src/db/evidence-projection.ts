/**
 * The evidence columns (analytics/evidence-columns.ts) filled from the database and kept exact:
 * they are tagged with the commit point read before they were filled, and used only while the
 * database still stands at that point. Otherwise the caller reads through Cypher, and the
 * columns are rebuilt in the background (one build at a time, and never more than half of the
 * time: after a build of d ms the next one waits d ms), so a stream of writes cannot keep a
 * core busy rebuilding.
 */
import { type EvidenceColumns, EvidenceColumnsBuilder } from "../analytics/evidence-columns.js";
import { EARLIEST } from "./analytics-repository.js";
import { loadQueries } from "./cypher-files.js";
import type { GraphDb } from "./graph-db.js";

const Q = loadQueries(["analytics.projection", "analytics.affiliations"]);

/** A build reads every statement: it gets at least this long, whatever the per-query timeout. */
const BUILD_TIMEOUT_FLOOR_MS = 300_000;

export interface ProjectionBuild {
  statements: number;
  bytes: number;
  ms: number;
}

export class EvidenceProjection {
  private columns: { at: string; value: EvidenceColumns } | undefined;
  private building: Promise<void> | undefined;
  private notBefore = 0;

  constructor(
    private readonly db: GraphDb,
    private readonly onBuilt: (build: ProjectionBuild) => void = () => {},
    private readonly onFailed: (error: unknown) => void = () => {},
  ) {}

  /**
   * The columns if the database has not changed since they were filled; otherwise undefined,
   * and a rebuild is started (unless one is running or the last one ended too recently).
   */
  async current(): Promise<EvidenceColumns | undefined> {
    const at = await this.db.commitPoint();
    if (this.columns?.at === at) return this.columns.value;
    if (this.building === undefined && Date.now() >= this.notBefore) {
      this.building = this.build().finally(() => {
        this.building = undefined;
      });
    }
    return undefined;
  }

  /** Resolves when no build is running (a failed build is reported, not thrown). */
  async settled(): Promise<void> {
    await this.building;
  }

  private async build(): Promise<void> {
    const started = performance.now();
    try {
      // Read before the statements: a commit while they stream moves the database past this
      // point, so columns that caught half of it are never used.
      const at = await this.db.commitPoint();
      const builder = await this.db.fold(
        Q["analytics.projection"],
        { from: EARLIEST },
        () => {
          const b = new EvidenceColumnsBuilder();
          return {
            add: (r) => b.add(r.get(0) as number, r.get(3) as string, r.get(1) === true, r.get(2) === true),
            done: () => b,
          };
        },
        Math.max(this.db.queryTimeoutMs, BUILD_TIMEOUT_FLOOR_MS),
      );
      // Actors keep the affiliation they were created with, and every statement's actors exist
      // before it does: read after the statements, this map covers all of them.
      const affiliations = await this.db.fold(Q["analytics.affiliations"], {}, () => {
        const m = new Map<string, string>();
        return { add: (r) => m.set(r.get(0) as string, r.get(1) as string), done: () => m };
      });
      const value = builder.build(affiliations);
      this.columns = { at, value };
      const ms = performance.now() - started;
      this.onBuilt({ statements: value.size, bytes: value.bytes, ms: Math.round(ms) });
    } catch (error) {
      this.onFailed(error);
    } finally {
      this.notBefore = Date.now() + (performance.now() - started);
    }
  }
}
