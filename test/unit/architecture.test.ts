/** The one-way stack of STYLE.md, checked on the import statements of every source file. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SERVER = path.join(ROOT, "server/src");

function sourceFiles(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out = out.concat(sourceFiles(full));
    else if (/\.ts$/.test(name)) out.push(full);
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/gm)].map((m) => m[1] ?? "");
}

/** The server/src area (first folder, or the file name for top-level modules) an import lands in. */
function areaOf(file: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const target = path.resolve(path.dirname(file), spec);
  if (!target.startsWith(SERVER)) return path.relative(ROOT, target).split(path.sep)[0];
  const rel = path.relative(SERVER, target).split(path.sep);
  return rel.length === 1 ? (rel[0] ?? "").replace(/\.js$/, "") : rel[0];
}

const ALLOWED: Record<string, readonly string[]> = {
  domain: ["domain"],
  contracts: ["contracts", "domain"],
  errors: [],
  config: [],
  extraction: ["extraction", "domain"],
  analytics: ["analytics", "domain"],
};

describe("architecture", () => {
  const files = sourceFiles(SERVER);

  for (const [area, allowed] of Object.entries(ALLOWED)) {
    it(`${area} imports only ${allowed.join(", ") || "nothing internal"}`, () => {
      const offending = files
        .filter((f) => path.relative(SERVER, f).split(path.sep)[0]?.replace(/\.ts$/, "") === area)
        .flatMap((f) =>
          imports(f)
            .map((spec) => ({ spec, to: areaOf(f, spec) }))
            .filter(({ to }) => to !== undefined && !allowed.includes(to))
            .map(({ spec }) => `${path.relative(ROOT, f)} → ${spec}`),
        );
      expect(offending).toEqual([]);
    });
  }

  it("only db/ imports neo4j-driver", () => {
    const offending = files
      .filter((f) => !path.relative(SERVER, f).startsWith(`db${path.sep}`))
      .filter((f) => imports(f).some((s) => s === "neo4j-driver" || s.startsWith("neo4j-driver/")))
      .map((f) => path.relative(ROOT, f));
    expect(offending).toEqual([]);
  });

  it("routes never import the database layer", () => {
    const offending = files
      .filter((f) => path.relative(SERVER, f).startsWith(`routes${path.sep}`))
      .flatMap((f) =>
        imports(f)
          .filter((s) => areaOf(f, s) === "db")
          .map((s) => `${path.relative(ROOT, f)} → ${s}`),
      );
    expect(offending).toEqual([]);
  });

  it("the client imports only server contracts and domain", () => {
    const clientDir = path.join(ROOT, "client/src");
    let clientFiles: string[] = [];
    try {
      clientFiles = sourceFiles(clientDir);
    } catch {
      return;
    }
    const offending = clientFiles.flatMap((f) =>
      imports(f)
        .filter((s) => s.startsWith("."))
        .map((s) => path.resolve(path.dirname(f), s))
        .filter((t) => t.startsWith(SERVER))
        .filter((t) => !["contracts", "domain"].includes(path.relative(SERVER, t).split(path.sep)[0] ?? ""))
        .map((t) => `${path.relative(ROOT, f)} → ${path.relative(ROOT, t)}`),
    );
    expect(offending).toEqual([]);
  });
});
