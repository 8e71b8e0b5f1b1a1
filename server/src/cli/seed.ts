/** npm run seed : (re)loads the seed corpus in seed/; unchanged articles write nothing. */
import path from "node:path";
import { formatSummary } from "../services/ingest-files.js";
import { loadSeed, SEED_DIR } from "../services/seed.js";
import { openIngestRuntime } from "./ingest-runtime.js";

try {
  const runtime = await openIngestRuntime((line) => console.log(line));
  try {
    const summary = await loadSeed(runtime.service);
    for (const f of summary.failed)
      console.error(`failed ${path.relative(process.cwd(), f.file)}: ${f.reason}`);
    console.log(`seed (${path.relative(process.cwd(), SEED_DIR)}): ${formatSummary(summary)}`);
    process.exitCode = summary.failed.length === summary.files && summary.files > 0 ? 1 : 0;
  } finally {
    await runtime.close();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
