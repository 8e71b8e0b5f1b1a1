/** The seed corpus in seed/: loaded into an empty graph at start, reloaded by `npm run seed`. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { articleRepository } from "../db/article-repository.js";
import type { GraphDb } from "../db/graph-db.js";
import type { IngestService } from "./ingest.js";
import { collectArticleFiles, type IngestSummary, ingestFiles } from "./ingest-files.js";

export const SEED_DIR = path.resolve(fileURLToPath(import.meta.url), "../../../../seed");

/** Loads (or reloads: unchanged files write nothing) every article in seed/: its .json files. */
export async function loadSeed(service: IngestService, dir = SEED_DIR): Promise<IngestSummary> {
  const { files, problems } = await collectArticleFiles([dir]);
  const summary = await ingestFiles(
    service,
    files.filter((f) => f.endsWith(".json")),
  );
  return { ...summary, failed: [...problems, ...summary.failed] };
}

/** Loads the seed only when the graph holds no article yet; undefined when it was not empty. */
export async function seedIfEmpty(
  db: Pick<GraphDb, "read">,
  service: IngestService,
  dir = SEED_DIR,
): Promise<IngestSummary | undefined> {
  const articles = await db.read((tx) => articleRepository.countArticles(tx, { limit: 1, offset: 0 }));
  if (articles > 0) return undefined;
  return loadSeed(service, dir);
}
