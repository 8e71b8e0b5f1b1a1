/**
 * The explorer end to end: the real app (buildApp) on a free port with the throwaway
 * Neo4j, a handful of articles loaded, and headless Chromium clicking through it.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../server/src/extraction/pipeline.js";
import { createIngestService } from "../../server/src/services/ingest.js";
import { loadSeed } from "../../server/src/services/seed.js";
import { testApp } from "../support/app.js";
import { resetGraph } from "../support/test-db.js";
import { NEW_ARTICLE } from "./articles.js";
import { launchChromium } from "./chromium.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SHOTS = path.join(ROOT, "test/e2e/__screenshots__");

interface Drawn {
  state: { focus: string | null };
  elements: {
    nodes: { data: { id: string; label: string }; classes: string }[];
    edges: { data: { id: string; type: string; source: string; target: string } }[];
  } | null;
}

async function drawn(page: Page): Promise<Drawn> {
  return (await page.evaluate(() =>
    (window as unknown as { diplograph: { drawn(): unknown } }).diplograph.drawn(),
  )) as Drawn;
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    (window as unknown as { diplograph: { idle(): boolean } }).diplograph.idle(),
  );
  await page.waitForTimeout(300);
}

async function clickElement(page: Page, id: string): Promise<void> {
  const at = (await page.evaluate(
    (x) => (window as unknown as { diplograph: { locate(id: string): unknown } }).diplograph.locate(x),
    id,
  )) as { x: number; y: number } | null;
  if (!at) throw new Error(`${id} is not drawn`);
  await page.mouse.click(at.x, at.y);
}

/** The seed corpus (seed/), ingested the way the server loads it on start. */
async function loadSeedCorpus(app: FastifyInstance): Promise<void> {
  const summary = await loadSeed(createIngestService({ db: app.db, extract }));
  expect(summary.failed).toEqual([]);
}

describe("explorer", () => {
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base: string;
  let canSave = false;
  const problems: string[] = [];

  const shot = async (name: string, target: Page = page) => {
    await target.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  };
  const watch = (p: Page) => {
    p.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
    });
    p.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    execFileSync("npx", ["tsx", "client/build-if-stale.ts"], { cwd: ROOT, stdio: "inherit" });
    // A loaded machine can make the seed's first writes slow: allow more than the default 10 s per query.
    app = await testApp({ NEO4J_QUERY_TIMEOUT_MS: "60000" });
    await resetGraph(app.db);
    await loadSeedCorpus(app);
    canSave =
      app.hasRoute({ method: "POST", url: "/api/articles" }) &&
      app.hasRoute({ method: "POST", url: "/api/extract" });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    if (!address || typeof address === "string") throw new Error("no port");
    base = `http://127.0.0.1:${address.port}`;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    watch(page);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("opens on the seed network with its legend", async () => {
    await page.goto(`${base}/`);
    await settled(page);
    const d = await drawn(page);
    expect(d.elements?.nodes.length).toBeGreaterThan(2);
    expect(d.elements?.edges.length).toBeGreaterThan(2);
    expect(await page.locator(".kind-list li").count()).toBe(8);
    expect(await page.locator(".type-list input[type=checkbox]").count()).toBe(20);
    await expect.poll(() => page.locator(".histogram rect.bar").count()).toBeGreaterThan(0);
    await shot("01-opening-country-level");
  });

  it("switches to actor level", async () => {
    await page.locator("label[for=level-actor]").click();
    await settled(page);
    const d = await drawn(page);
    expect(d.elements?.nodes.map((n) => n.data.id)).toContain("sergey-lavrov");
    expect(page.url()).toContain("level=actor");
    await shot("02-actor-level");
  });

  it("searches Lavrov with the keyboard and focuses him", async () => {
    const input = page.locator("#actor-search");
    await input.focus();
    await page.keyboard.type("Lavrov");
    const option = page.locator("#actor-search-list [role=option]").first();
    await option.waitFor();
    await expect.poll(() => option.textContent()).toContain("Sergey Lavrov");
    expect(await input.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("Enter");
    await settled(page);
    expect(page.url()).toContain("focus=sergey-lavrov");
    const d = await drawn(page);
    expect(d.elements?.nodes.find((n) => n.data.id === "sergey-lavrov")?.classes).toContain("focus");
    await expect.poll(() => page.locator("#details h2").textContent()).toContain("Sergey Lavrov");
    await shot("03-focus-lavrov");
  });

  it("clicks an edge and reads its sentence with the trigger highlighted", async () => {
    const d = await drawn(page);
    const edge = d.elements?.edges.find((e) => e.data.type === "CALLS_FOR_CEASEFIRE");
    expect(edge).toBeDefined();
    await clickElement(page, edge?.data.id ?? "");
    const quote = page.locator("#details .evidence blockquote").first();
    await quote.waitFor();
    expect(await quote.textContent()).toContain("cease fire");
    expect(await quote.locator("mark").count()).toBeGreaterThan(0);
    expect(await page.locator("#details .evidence .meta").first().textContent()).toMatch(/confidence \d+%/);
    await shot("04-edge-evidence");
  });

  it("opens the article with its relations highlighted", async () => {
    await page.locator("#details .evidence button.link").first().click();
    await page.locator("#details .article-text mark").first().waitFor();
    expect(await page.locator("#details .article-text mark").count()).toBeGreaterThan(1);
    await shot("05-article");
    await page.locator("#details .close").click();
  });

  it("double-clicking a neighbour adds its own neighbours", async () => {
    const before = (await drawn(page)).elements?.nodes.length ?? 0;
    const at = (await page.evaluate(() =>
      (window as unknown as { diplograph: { locate(id: string): unknown } }).diplograph.locate("armenia"),
    )) as { x: number; y: number };
    await page.mouse.dblclick(at.x, at.y);
    await settled(page);
    expect(page.url()).toContain("expand=armenia");
    expect((await drawn(page)).elements?.nodes.length ?? 0).toBeGreaterThan(before);
    await shot("05b-expanded");
  });

  it("hides a node and brings it back with undo", async () => {
    if (await page.locator("#details").isVisible()) await page.locator("#details .close").click();
    await clickElement(page, "armenia");
    await page.locator("#details button", { hasText: "Hide" }).click();
    await settled(page);
    expect((await drawn(page)).elements?.nodes.map((n) => n.data.id)).not.toContain("armenia");
    expect(page.url()).toContain("hide=armenia");
    await page.locator("#undo").click();
    await settled(page);
    expect((await drawn(page)).elements?.nodes.map((n) => n.data.id)).toContain("armenia");
  });

  it("unticking ACCUSES removes those edges", async () => {
    await page.locator("#whole-graph").click();
    await settled(page);
    const before = await drawn(page);
    expect(before.elements?.edges.some((e) => e.data.type === "ACCUSES")).toBe(true);
    await page.locator("#type-ACCUSES").uncheck();
    await settled(page);
    const after = await drawn(page);
    expect(after.elements?.edges.some((e) => e.data.type === "ACCUSES")).toBe(false);
    expect(after.elements?.edges.length).toBeGreaterThan(0);
    expect(page.url()).toContain("off=ACCUSES");
    await shot("06-no-accuses");
  });

  it("a copied link restores the same view", async () => {
    await page.locator("#layout").selectOption("concentric");
    await settled(page);
    const url = page.url();
    const original = await drawn(page);
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    watch(other);
    await other.goto(url);
    await settled(other);
    const restored = await drawn(other);
    const ids = (x: Drawn) => ({
      nodes: x.elements?.nodes.map((n) => n.data.id).sort(),
      edges: x.elements?.edges.map((e) => e.data.id).sort(),
    });
    expect(ids(restored)).toEqual(ids(original));
    expect(restored.state).toEqual(original.state);
    expect(await other.locator("#type-ACCUSES").isChecked()).toBe(false);
    expect(await other.locator("#level-actor").isChecked()).toBe(true);
    expect(await other.locator("#layout").inputValue()).toBe("concentric");
    await shot("07-restored-link", other);
    await other.close();
  });

  it("exports the view as SVG, PNG and JSON", async () => {
    for (const [id, check] of [
      [
        "export-svg",
        (text: string) => expect(text).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/),
      ],
      ["export-json", (text: string) => expect(JSON.parse(text).elements.edges.length).toBeGreaterThan(0)],
      ["export-png", (text: string) => expect(text.slice(1, 4)).toBe("PNG")],
    ] as const) {
      await page.locator("#export-toggle").click();
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator(`#${id}`).click()]);
      const file = await download.path();
      check((await import("node:fs")).readFileSync(file, id === "export-png" ? "latin1" : "utf8"));
    }
  });

  it("pastes a new article, previews it and sees its new actor", async (ctx) => {
    if (!canSave) ctx.skip(true, "POST /api/articles and /api/extract are not registered in buildApp yet");
    await page.locator("#type-ACCUSES").check();
    await page.locator("#add-article").click();
    await page.locator("#art-title").fill(NEW_ARTICLE.title);
    await page.locator("#art-source").fill(NEW_ARTICLE.source);
    await page.locator("#art-date").fill(NEW_ARTICLE.publishedAt);
    await page.locator("#art-text").fill(NEW_ARTICLE.text);
    await page.locator("#art-preview").click();
    await page.locator(".preview .relation-table").waitFor();
    expect(await page.locator(".preview .relation-table").textContent()).toContain("Kazakhstan");
    await shot("08-preview");
    await page.locator("#art-save").click();
    await page.locator(".add-dialog").waitFor({ state: "hidden" });
    await settled(page);
    await expect
      .poll(async () => (await drawn(page)).elements?.nodes.map((n) => n.data.id) ?? [])
      .toContain("kazakhstan");
    await shot("09-new-actor");
  });

  it("Alignment view: countries coloured by bloc, Turkey with Azerbaijan, a heat map beside", async () => {
    await page.goto(`${base}/?view=alignment&level=country`);
    await settled(page);
    const alignment = (await drawn(page)) as unknown as {
      actors: { id: string; bloc: number }[];
      blocs: { bloc: number; members: string[] }[];
    };
    const blocOf = new Map(alignment.actors.map((a) => [a.id, a.bloc]));
    expect(blocOf.get("TUR")).toBe(blocOf.get("AZE"));
    expect(blocOf.get("ARM")).not.toBe(blocOf.get("AZE"));
    expect(alignment.blocs.length).toBeGreaterThan(1);
    expect(await page.locator(".an-blocs li").count()).toBe(alignment.blocs.length);
    await expect.poll(() => page.locator(".an-heat").innerHTML()).not.toBe("");
    // Network-only controls give way; the zoom toolbar sits on the drawing, not on the side panel.
    expect(await page.locator("#layout").isVisible()).toBe(false);
    expect(await page.locator(".an-graph .canvas-controls").count()).toBe(1);
    await shot("11-alignment");
  });

  it("Mediation view: the ARM–AZE dyad from a shared link, Russia and France among the mediators", async () => {
    await page.goto(`${base}/?view=mediation&level=country&v.a=ARM&v.b=AZE`);
    await settled(page);
    const { dyads, mediation } = (await drawn(page)) as unknown as {
      dyads: { dyads: { a: { id: string }; b: { id: string } }[] } | null;
      mediation: { dyad: { a: { id: string }; b: { id: string } }; mediators: { id: string }[] } | null;
    };
    expect(dyads?.dyads.length).toBeGreaterThan(0);
    expect([mediation?.dyad.a.id, mediation?.dyad.b.id].sort()).toEqual(["ARM", "AZE"]);
    expect(mediation?.mediators.map((m) => m.id)).toEqual(expect.arrayContaining(["RUS", "FRA"]));
    expect(await page.locator(".md-dyads li").count()).toBeGreaterThan(0);
    await shot("12-mediation");
  });

  it("Timeline view: a chart under the graph, and Play steps the date window", async () => {
    await page.goto(`${base}/?view=timeline&level=country`);
    await settled(page);
    const { timeline } = (await drawn(page)) as unknown as {
      timeline: { total: number; buckets: unknown[] };
    };
    expect(timeline.total).toBeGreaterThan(0);
    await expect.poll(() => page.locator(".tl-chart svg rect").count()).toBeGreaterThan(0);
    const play = page.getByRole("button", { name: /Play/ });
    await play.click();
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).not.toBeNull();
    const first = new URL(page.url()).searchParams.get("from");
    await expect
      .poll(() => new URL(page.url()).searchParams.get("from"), { timeout: 15_000 })
      .not.toBe(first);
    await page.getByRole("button", { name: /Pause/ }).click();
    await settled(page);
    const toolbar = await page.locator(".canvas-controls").boundingBox();
    const chart = await page.locator(".tl-chart").boundingBox();
    expect(toolbar && chart && toolbar.y + toolbar.height <= chart.y).toBe(true);
    await shot("13-timeline");
  });

  it("shows the whole network for the README, with no console errors on the way", async () => {
    await page.goto(`${base}/?level=country`);
    await settled(page);
    await shot("10-readme");
    // The README image changes only when asked for: a test run leaves the work tree as it was.
    if (process.env.UPDATE_SCREENSHOTS === "1") {
      mkdirSync(path.join(ROOT, "docs/screenshots"), { recursive: true });
      copyFileSync(path.join(SHOTS, "10-readme.png"), path.join(ROOT, "docs/screenshots/explorer.png"));
    }
    expect(problems).toEqual([]);
  });
});

describe("explorer against a server with an API token", () => {
  const TOKEN = "e2e-token-0123456789abcdef";
  let app: FastifyInstance;
  let browser: Browser;

  beforeAll(async () => {
    app = await testApp({ API_TOKEN: TOKEN });
    await app.listen({ port: 0, host: "127.0.0.1" });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("asks for the token on 401, saves with it and keeps it for the session", async (ctx) => {
    if (!app.hasRoute({ method: "POST", url: "/api/articles" })) ctx.skip(true, "no POST /api/articles");
    const address = app.server.address();
    if (!address || typeof address === "string") throw new Error("no port");
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${address.port}/`);
    await page.locator("#add-article").click();
    await page.locator("#art-title").fill("Token check");
    await page.locator("#art-text").fill("Kyrgyzstan praised Kazakhstan for its mediation.");
    await page.locator("#art-save").click();
    await page.locator("#art-token").waitFor();
    expect(await page.locator(".toast.error").first().textContent()).toContain("API token");
    await page.locator("#art-token").fill(TOKEN);
    await page.locator("#art-save").click();
    await page.locator(".add-dialog").waitFor({ state: "hidden" });
    expect(await page.evaluate(() => sessionStorage.getItem("diplograph.apiToken"))).toBe(TOKEN);
    await page.close();
  });
});
