/** Reads Cypher from cypher/: one statement per query file, named by its file name. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const CYPHER_DIR = path.resolve(fileURLToPath(import.meta.url), "../../../../cypher");

/** Loads the named queries from cypher/queries/<name>.cypher; a missing file fails here, at start-up. */
export function loadQueries<const N extends string>(names: readonly N[]): Readonly<Record<N, string>> {
  const missing: string[] = [];
  const out = {} as Record<N, string>;
  for (const name of names) {
    try {
      out[name] = readFileSync(path.join(CYPHER_DIR, "queries", `${name}.cypher`), "utf8").trim();
    } catch {
      missing.push(`cypher/queries/${name}.cypher`);
    }
  }
  if (missing.length > 0) throw new Error(`missing Cypher files: ${missing.join(", ")}`);
  return out;
}

export interface SchemaStatement {
  file: string;
  /** The constraint or index name, from `CREATE ... <name> IF NOT EXISTS`. */
  name: string;
  kind: "constraint" | "index";
  cypher: string;
}

/** Every statement of cypher/schema/*.cypher, in file order; statements end with `;`. */
export function loadSchemaStatements(): SchemaStatement[] {
  const dir = path.join(CYPHER_DIR, "schema");
  const statements: SchemaStatement[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".cypher"))
    .sort()) {
    const text = readFileSync(path.join(dir, file), "utf8")
      .split("\n")
      .filter((line) => !line.trim().startsWith("//"))
      .join("\n");
    for (const cypher of text.split(";").map((s) => s.trim())) {
      if (cypher === "") continue;
      const m =
        /^CREATE\s+(?:(CONSTRAINT)|(?:FULLTEXT\s+|RANGE\s+|TEXT\s+|POINT\s+)?(INDEX))\s+(\w+)\s+IF NOT EXISTS/i.exec(
          cypher,
        );
      if (!m?.[3])
        throw new Error(
          `${file}: every schema statement must be CREATE CONSTRAINT|INDEX <name> IF NOT EXISTS`,
        );
      statements.push({ file, name: m[3], kind: m[1] ? "constraint" : "index", cypher });
    }
  }
  return statements;
}
