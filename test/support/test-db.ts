/** Guarded reset between test files: only a database the test setup marked may be wiped. */
import type { GraphDb } from "../../server/src/db/graph-db.js";

export const TEST_MARKER_LABEL = "DiplographTestDatabase";

export async function resetGraph(db: GraphDb): Promise<void> {
  const [row] = await db.run(`MATCH (m:${TEST_MARKER_LABEL}) RETURN count(m) AS n`);
  if (Number(row?.n ?? 0) === 0) {
    throw new Error(
      "refusing to reset: this database is not marked as a test database (set NEO4J_TEST_ALLOW_RESET=true to mark it)",
    );
  }
  await db.run(`MATCH (n) WHERE NOT n:${TEST_MARKER_LABEL} DETACH DELETE n`);
}
