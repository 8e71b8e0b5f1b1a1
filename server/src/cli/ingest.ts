/**
 * npm run ingest -- PATH... : files and folders (recursive) of .txt, .md, .html and .json
 * articles. Prints a progress bar and a summary; exits non-zero only if every file failed.
 */
import path from "node:path";
import { SingleBar } from "cli-progress";
import { ConfigError } from "../config.js";
import { collectArticleFiles, formatSummary, ingestFiles } from "../services/ingest-files.js";
import { openIngestRuntime } from "./ingest-runtime.js";

async function main(): Promise<number> {
  const paths = process.argv.slice(2).filter((a) => a !== "--");
  if (paths.length === 0 || paths.includes("--help")) {
    console.error(
      "usage: npm run ingest -- PATH...   (files or folders of .txt, .md, .html, .json articles)",
    );
    return 2;
  }
  const { files, problems } = await collectArticleFiles(paths);
  for (const p of problems) console.error(`skipped ${p.file}: ${p.reason}`);
  if (files.length === 0) {
    console.error("no article files found");
    return 1;
  }

  const runtime = await openIngestRuntime((line) => console.log(line));
  const bar = new SingleBar({
    format: "ingesting [{bar}] {value}/{total} files | {relations} relations | {file}",
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 2000,
  });
  const failures: string[] = [];
  let relations = 0;
  try {
    bar.start(files.length, 0, { relations: 0, file: "" });
    const summary = await ingestFiles(runtime.service, files, (p) => {
      if (p.status === "failed") failures.push(`failed ${path.relative(process.cwd(), p.file)}: ${p.reason}`);
      else if (p.status !== "unchanged") relations += p.outcome?.relations.length ?? 0;
      bar.increment({ relations, file: path.basename(p.file) });
    });
    bar.stop();
    for (const f of failures) console.error(f);
    console.log(formatSummary(summary));
    return summary.failed.length === summary.files ? 1 : 0;
  } finally {
    bar.stop();
    await runtime.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
