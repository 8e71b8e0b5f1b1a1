/** Reads an article for the CLIs: plain text, HTML, a `.json` with `text`, or standard input. */
import { readFileSync } from "node:fs";
import type { ArticleInput } from "../domain/extraction.js";

export interface ArticleFile extends ArticleInput {
  file: string;
}

export function readArticle(file: string, publishedAt?: string): ArticleFile {
  const raw = readFileSync(file === "-" ? 0 : file, "utf8");
  if (file.endsWith(".json")) {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === "object" && "text" in parsed && typeof parsed.text === "string") {
      const date =
        "publishedAt" in parsed && typeof parsed.publishedAt === "string" ? parsed.publishedAt : undefined;
      const chosen = publishedAt ?? date;
      return { file, text: parsed.text, ...(chosen ? { publishedAt: chosen } : {}) };
    }
    throw new Error(`${file}: a .json article needs a string "text" field`);
  }
  return {
    file,
    text: raw,
    ...(publishedAt ? { publishedAt } : {}),
    ...(/\.x?html?$/i.test(file) ? { html: true } : {}),
  };
}
