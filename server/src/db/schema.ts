/** Brings data written by earlier versions up to the model (each idempotent, a no-op on current data). */
const MIGRATIONS = loadQueries(["evidence.backfill-codes"]);

/**
 * Applies cypher/schema and the data migrations (idempotent) and reports which of its
 * constraints and indexes exist.
 */
import { loadQueries, loadSchemaStatements, type SchemaStatement } from "./cypher-files.js";
import type { GraphDb } from "./graph-db.js";

export interface SchemaState {
  applied: boolean;
  constraints: number;
  indexes: number;
  missing: string[];
}

export class Schema {
  private readonly statements: SchemaStatement[] = loadSchemaStatements();

  constructor(private readonly db: GraphDb) {}

  async apply(): Promise<void> {
    for (const s of this.statements) await this.db.run(s.cypher);
    for (const migration of Object.values(MIGRATIONS)) await this.db.runImplicit(migration);
    await this.db.run("CALL db.awaitIndexes(60)");
  }

  async state(): Promise<SchemaState> {
    const constraints = await this.db.run("SHOW CONSTRAINTS YIELD name RETURN name");
    const indexes = await this.db.run("SHOW INDEXES YIELD name, state RETURN name, state");
    const present = new Set(
      [...constraints, ...indexes.filter((i) => i.state === "ONLINE")].map((r) => String(r.name)),
    );
    const missing = this.statements.map((s) => s.name).filter((n) => !present.has(n));
    return {
      applied: missing.length === 0,
      constraints: this.statements.filter((s) => s.kind === "constraint").length,
      indexes: this.statements.filter((s) => s.kind === "index").length,
      missing,
    };
  }
}
