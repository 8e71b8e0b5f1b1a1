import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../server/src/extraction/pipeline.js";
import { createIngestService, type IngestService } from "../../server/src/services/ingest.js";
import { collectArticleFiles, ingestFiles } from "../../server/src/services/ingest-files.js";
import { loadSeed, seedIfEmpty } from "../../server/src/services/seed.js";
import { testAppOnFreshGraph } from "../support/app.js";
import { aggregateMismatches, count } from "./ingest-fixtures.js";

describe("the seed corpus", () => {
  let app: FastifyInstance;
  let service: IngestService;
  beforeAll(async () => {
    app = await testAppOnFreshGraph();
    service = createIngestService({ db: app.db, extract });
  });
  afterAll(async () => {
    await app.close();
  });

  it("loads into an empty graph, then reloads as unchanged, and is not loaded over existing articles", async () => {
    const first = await seedIfEmpty(app.db, service);
    expect(first).toBeDefined();
    expect(first).toMatchObject({ files: 14, created: 14, updated: 0, unchanged: 0, failed: [] });
    expect(first?.relationsAdded).toBeGreaterThan(50);
    expect(await count(app.db, "(:Article)")).toBe(14);
    expect(await count(app.db, "(:Article {paraphrase: true})")).toBe(13);
    expect(
      await count(app.db, "(:Article {source: 'Al Jazeera (translated)', publishedAt: date('2020-10-01')})"),
    ).toBe(1);
    expect(await aggregateMismatches(app.db)).toEqual([]);

    expect(await seedIfEmpty(app.db, service)).toBeUndefined();
    const again = await loadSeed(service);
    expect(again).toMatchObject({ files: 14, created: 0, unchanged: 14, relationsAdded: 0, failed: [] });
  });
});

describe("ingesting files", () => {
  let app: FastifyInstance;
  let service: IngestService;
  beforeAll(async () => {
    app = await testAppOnFreshGraph();
    service = createIngestService({ db: app.db, extract });
  });
  afterAll(async () => {
    await app.close();
  });

  it("walks folders, reads every format, and reports bad files with their reason while the rest go on", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "diplograph-ingest-"));
    const nested = path.join(dir, "nested");
    const text =
      "Russian Foreign Minister Sergey Lavrov called on Armenia and Azerbaijan to immediately cease fire.";
    await import("node:fs/promises").then((fs) => fs.mkdir(nested));
    writeFileSync(path.join(dir, "a.txt"), text);
    writeFileSync(path.join(dir, "b.md"), `# Talks\n\nTurkey accused Armenia of shelling Azerbaijani towns.`);
    writeFileSync(
      path.join(nested, "c.html"),
      `<html><body><p>France condemned the attack on Stepanakert.</p></body></html>`,
    );
    writeFileSync(
      path.join(nested, "d.json"),
      JSON.stringify({
        title: "D",
        url: "https://example.org/d",
        source: "Wire",
        publishedAt: "2020-10-05",
        text,
      }),
    );
    writeFileSync(path.join(dir, "broken.json"), "{ not json");
    writeFileSync(path.join(dir, "wrong.json"), JSON.stringify({ title: 3, text: "" }));
    writeFileSync(path.join(dir, "empty.txt"), "   ");
    writeFileSync(path.join(dir, "ignored.csv"), "a,b");

    const { files, problems } = await collectArticleFiles([dir, path.join(dir, "missing.txt")]);
    expect(files.map((f) => path.relative(dir, f))).toEqual([
      "a.txt",
      "b.md",
      "broken.json",
      "empty.txt",
      "nested/c.html",
      "nested/d.json",
      "wrong.json",
    ]);
    expect(problems).toEqual([{ file: path.join(dir, "missing.txt"), reason: "no such file or folder" }]);

    const summary = await ingestFiles(service, files);
    expect(summary).toMatchObject({ files: 7, created: 4, updated: 0, unchanged: 0 });
    expect(summary.failed.map((f) => path.basename(f.file))).toEqual([
      "broken.json",
      "empty.txt",
      "wrong.json",
    ]);
    expect(summary.failed[0]?.reason).toMatch(/not valid JSON/);
    expect(summary.failed[2]?.reason).toMatch(/title/);
    const html = await app.db.run(
      "MATCH (a:Article) WHERE a.text CONTAINS 'Stepanakert' RETURN a.text AS text",
    );
    expect(String(html[0]?.text)).not.toContain("<p>");
    const rerun = await ingestFiles(service, files);
    expect(rerun).toMatchObject({ created: 0, unchanged: 4 });
  });
});
