/**
 * `npm run -s extract -- [--json] [--published-at YYYY-MM-DD] FILE...` — extracts actors
 * and relations; a readable table per file, or one JSON object per line with `--json`.
 * `-` reads standard input; `.json` files with `text` (and `publishedAt`) are accepted.
 */
import type { Actor } from "../domain/actors.js";
import type { ExtractionResult } from "../domain/extraction.js";
import { extract } from "../extraction/pipeline.js";
import { readArticle } from "./article-input.js";

interface Args {
  json: boolean;
  publishedAt?: string;
  files: string[];
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { json: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--json") args.json = true;
    else if (a === "--published-at") {
      const d = argv[++i];
      if (!d || !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error("--published-at needs YYYY-MM-DD");
      args.publishedAt = d;
    } else if (a.startsWith("--published-at=")) args.publishedAt = a.slice("--published-at=".length);
    else if (a === "--help" || a === "-h") {
      process.stdout.write("usage: extract [--json] [--published-at YYYY-MM-DD] FILE... ('-' for stdin)\n");
      process.exit(0);
    } else args.files.push(a);
  }
  if (args.files.length === 0) throw new Error("no input files (use - for standard input)");
  return args;
}

function table(file: string, result: ExtractionResult): string {
  const byId = new Map<string, Actor>(result.actors.map((a) => [a.id, a]));
  const label = (id: string) => {
    const a = byId.get(id);
    return a ? `${a.name} (${a.affiliation})` : id;
  };
  const lines = [`== ${file}: ${result.actors.length} actors, ${result.relations.length} relations`];
  for (const r of result.relations) {
    const e = r.evidence;
    const flags = [
      e.negated ? "negated" : "",
      e.future ? "future" : "",
      e.quote ? "quote" : "",
      e.speaker ? `via ${label(e.speaker)}` : "",
    ]
      .filter(Boolean)
      .join(", ");
    lines.push(
      `${label(r.source).padEnd(40)} ${r.type.padEnd(20)} ${label(r.target).padEnd(40)} ${e.confidence.toFixed(2)} ${e.rule}${flags ? ` [${flags}]` : ""}`,
    );
    lines.push(
      `    "${e.trigger}" in: ${e.sentence.length > 160 ? `${e.sentence.slice(0, 157)}...` : e.sentence}`,
    );
  }
  for (const w of result.warnings) lines.push(`warning: ${w}`);
  return lines.join("\n");
}

function main(): void {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`extract: ${(err as Error).message}\n`);
    process.exit(2);
  }
  let failed = false;
  for (const file of args.files) {
    try {
      const article = readArticle(file, args.publishedAt);
      const result = extract(article);
      if (args.json) {
        process.stdout.write(
          `${JSON.stringify({ file, actors: result.actors, relations: result.relations, warnings: result.warnings })}\n`,
        );
      } else {
        process.stdout.write(`${table(file, result)}\n\n`);
      }
    } catch (err) {
      failed = true;
      process.stderr.write(`extract: ${file}: ${(err as Error).message}\n`);
    }
  }
  if (failed) process.exitCode = 1;
}

main();
