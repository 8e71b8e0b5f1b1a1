/**
 * Articles from files: .txt, .md, .html and .json ({title, url, source, publishedAt, text});
 * folders are walked recursively. A bad file is reported with its reason and the rest go on.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { ArticleMetadata } from "../contracts/articles.js";
import {
  type ArticleSubmission,
  BULK_ARTICLES,
  type IngestOutcome,
  type IngestService,
  type IngestStatus,
} from "./ingest.js";

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".json"] as const;
/** Files past this size are refused rather than read into memory. */
const MAX_FILE_BYTES = 20_000_000;

const ArticleFile = ArticleMetadata.extend({
  text: z.string().refine((t) => t.trim() !== "", "must not be empty"),
  paraphrase: z.boolean().optional(),
  note: z.string().optional(),
});

export interface FileProblem {
  file: string;
  reason: string;
}

export interface IngestSummary {
  files: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: FileProblem[];
  /** Relations (evidence statements) written by created and updated articles. */
  relationsAdded: number;
  warnings: number;
}

const isArticleFile = (file: string) =>
  (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());

/** Every article file under the given paths, sorted, and the paths that could not be read. */
export async function collectArticleFiles(
  paths: readonly string[],
): Promise<{ files: string[]; problems: FileProblem[] }> {
  const files = new Set<string>();
  const problems: FileProblem[] = [];
  const walk = async (p: string, explicit: boolean): Promise<void> => {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(p);
    } catch {
      problems.push({ file: p, reason: "no such file or folder" });
      return;
    }
    if (info.isDirectory()) {
      const entries = await readdir(p);
      for (const name of entries.sort()) {
        if (!name.startsWith(".")) await walk(path.join(p, name), false);
      }
    } else if (isArticleFile(p)) {
      files.add(path.resolve(p));
    } else if (explicit) {
      problems.push({ file: p, reason: `not an article file (${ARTICLE_EXTENSIONS.join(", ")})` });
    }
  };
  for (const p of paths) await walk(p, true);
  return { files: [...files].sort(), problems };
}

/** Reads one file into a submission; throws an Error whose message says what is wrong. */
export async function readArticleFile(file: string): Promise<ArticleSubmission> {
  const info = await stat(file);
  if (info.size > MAX_FILE_BYTES) throw new Error(`larger than ${MAX_FILE_BYTES / 1e6} MB`);
  const raw = await readFile(file, "utf8");
  const ext = path.extname(file).toLowerCase();
  if (ext !== ".json") {
    if (raw.trim() === "") throw new Error("the file is empty");
    return { text: raw, html: ext === ".html" || ext === ".htm" };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new Error(`not valid JSON: ${(error as Error).message}`);
  }
  const parsed = ArticleFile.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`).join("; "),
    );
  }
  const { text, title, url, source, publishedAt, paraphrase } = parsed.data;
  return { text, title, url, source, publishedAt, paraphrase };
}

export interface FileProgress {
  file: string;
  status: IngestStatus | "failed";
  outcome?: IngestOutcome;
  reason?: string;
}

/**
 * Ingests the files in order, BULK_ARTICLES at a time (whole articles per transaction, see
 * IngestService.ingestMany); never throws for a bad file.
 */
export async function ingestFiles(
  service: IngestService,
  files: readonly string[],
  onFile: (progress: FileProgress) => void = () => {},
): Promise<IngestSummary> {
  const summary: IngestSummary = {
    files: files.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    failed: [],
    relationsAdded: 0,
    warnings: 0,
  };
  const fail = (file: string, error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    summary.failed.push({ file, reason });
    onFile({ file, status: "failed", reason });
  };
  for (let start = 0; start < files.length; start += BULK_ARTICLES) {
    const read: Array<{ file: string; submission: ArticleSubmission }> = [];
    for (const file of files.slice(start, start + BULK_ARTICLES)) {
      try {
        read.push({ file, submission: await readArticleFile(file) });
      } catch (error) {
        fail(file, error);
      }
    }
    const settled = await service.ingestMany(read.map((r) => r.submission));
    for (const [i, { file }] of read.entries()) {
      const result = settled[i];
      if (!result || "error" in result) {
        fail(file, result?.error ?? new Error("not ingested"));
        continue;
      }
      const { outcome } = result;
      summary[outcome.status] += 1;
      summary.warnings += outcome.warnings.length;
      if (outcome.status !== "unchanged") summary.relationsAdded += outcome.relations.length;
      onFile({ file, status: outcome.status, outcome });
    }
  }
  return summary;
}

export function formatSummary(s: IngestSummary): string {
  return (
    `${s.files} file(s): ${s.created} new, ${s.updated} updated, ${s.unchanged} unchanged, ` +
    `${s.failed.length} failed; ${s.relationsAdded} relations added`
  );
}
