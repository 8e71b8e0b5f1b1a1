/**
 * npm run bench:render — how fast the explorer draws, in headless Chromium.
 *
 * 1. Time to first drawn seed graph: the real app at BENCH_URL (default
 *    http://127.0.0.1:8080, e.g. `npm start`), from navigation until the network view has
 *    drawn and laid out its elements (country and actor level). Skipped when nothing answers.
 * 2. Synthetic views of 500 / 2,000 / 5,000 elements with the explorer's own stylesheet and
 *    derivation: fCoSE layout time, first draw, and the mean frame while zooming (each frame a
 *    full redraw), with the canvas renderer and with Cytoscape's WebGL renderer.
 *
 * Prints a Markdown table (for docs/benchmarks.md) and writes bench/results/render.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { LARGE_VIEW } from "../client/src/graph/cytoscape.js";
import { mergeResponses } from "../client/src/graph/dataset.js";
import { deriveElements } from "../client/src/graph/elements.js";
import { LAYOUTS } from "../client/src/graph/layouts.js";
import { stylesheet } from "../client/src/graph/style.js";
import { DEFAULT_STATE } from "../client/src/state.js";
import type { GraphEdge, GraphNode, GraphResponse } from "../server/src/contracts/graph.js";
import { ACTOR_KINDS } from "../server/src/domain/actors.js";
import { RELATION_TYPES, RELATIONS } from "../server/src/domain/relations.js";
import { launchChromium } from "../test/e2e/chromium.js";
import { prng } from "./synthetic.js";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(import.meta.dirname, "..");
const SIZES = [500, 2000, 5000];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BENCH_URL = process.env.BENCH_URL ?? "http://127.0.0.1:8080";

/** A graph of about `elements` nodes + edges: hubs first (Zipf-like), every type, a year of dates. */
export function syntheticGraph(elements: number, seed = 7): GraphResponse {
  const rand = prng(seed);
  const nodeCount = Math.round(elements / 3.5);
  const edgeCount = elements - nodeCount;
  const nodes: GraphNode[] = Array.from({ length: nodeCount }, (_, i) => ({
    data: {
      id: `a${i}`,
      label: `Actor ${i}`,
      kind: ACTOR_KINDS[i % 7 === 0 ? 1 : i % 5 === 0 ? 4 : 0] ?? "state",
      affiliation: `C${i % 200}`,
      evidenceCount: 0,
    },
  }));
  const pick = () => Math.min(nodeCount - 1, Math.floor(nodeCount * rand() ** 2.2));
  const edges = new Map<string, GraphEdge>();
  while (edges.size < edgeCount) {
    const s = pick();
    const t = Math.floor(rand() * nodeCount);
    if (s === t) continue;
    const type = RELATION_TYPES[Math.floor(rand() * RELATION_TYPES.length)] ?? "TALKS_WITH";
    const id = `a${s}--${type}--a${t}`;
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, "0");
    edges.set(id, {
      data: {
        id,
        source: `a${s}`,
        target: `a${t}`,
        type,
        polarity: RELATIONS[type].polarity,
        weight: RELATIONS[type].goldstein,
        evidenceCount: 1 + Math.floor(rand() ** 3 * 20),
        sourceCount: 1,
        firstSeen: `2024-${month}-01`,
        lastSeen: `2024-${month}-15`,
        maxConfidence: 0.5 + rand() / 2,
      },
    });
  }
  return { nodes, edges: [...edges.values()], truncated: false };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} ms` : "—");

async function firstDraw(page: Page, url: string): Promise<number> {
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForFunction(
    () => {
      const d = (
        window as unknown as {
          diplograph?: { idle(): boolean; drawn(): { elements?: { nodes: unknown[] } } };
        }
      ).diplograph;
      return d?.idle() && (d.drawn()?.elements?.nodes.length ?? 0) > 0;
    },
    undefined,
    { timeout: 60_000, polling: 10 },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return Date.now() - t0;
}

interface SyntheticResult {
  elements: number;
  renderer: "canvas" | "webgl";
  layoutMs: number;
  firstDrawMs: number;
  frameMs: number;
}

async function synthetic(page: Page, size: number, webgl: boolean): Promise<SyntheticResult> {
  const derived = deriveElements(
    mergeResponses([syntheticGraph(size)], null),
    DEFAULT_STATE,
    Number.POSITIVE_INFINITY,
  );
  const elements = [...derived.nodes, ...derived.edges];
  const timing = await page.evaluate(
    async ({ elements, style, webgl, layout, large }) => {
      const w = window as unknown as {
        cytoscape: (o: unknown) => {
          layout(o: unknown): { run(): void };
          zoom(o?: unknown): number;
          width(): number;
          height(): number;
          destroy(): void;
        };
      };
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
      const container = document.getElementById("cy");
      const t0 = performance.now();
      const cy = w.cytoscape({
        container,
        style,
        elements,
        layout: { name: "null" },
        hideEdgesOnViewport: large,
        textureOnViewport: large && !webgl,
        pixelRatio: 1,
        ...(webgl ? { renderer: { name: "canvas", webgl: true } } : {}),
      });
      const tInit = performance.now();
      cy.layout(layout).run();
      const tLayout = performance.now();
      await frame();
      await frame();
      const tDraw = performance.now();
      const frames: number[] = [];
      for (let i = 0; i < 30; i++) {
        const s = performance.now();
        cy.zoom({
          level: cy.zoom() * (i % 2 ? 1.04 : 0.97),
          renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
        });
        await frame();
        frames.push(performance.now() - s);
      }
      cy.destroy();
      return {
        layoutMs: tLayout - tInit,
        firstDrawMs: tDraw - tLayout + (tInit - t0),
        frameMs: frames.reduce((a, b) => a + b, 0) / frames.length,
      };
    },
    {
      elements,
      style: stylesheet(elements.length > LARGE_VIEW),
      large: elements.length > LARGE_VIEW,
      webgl,
      // The explorer's own fCoSE options, as the network view runs them.
      layout: LAYOUTS.fcose.options({ elementCount: elements.length, focus: null, incremental: false }),
    },
  );
  return { elements: elements.length, renderer: webgl ? "webgl" : "canvas", ...timing };
}

async function main(): Promise<void> {
  // SwiftShader stands in for a GPU in headless Chromium: WebGL works, in software.
  const browser = await launchChromium(["--enable-unsafe-swiftshader", "--use-angle=swiftshader"]);
  const out: Record<string, unknown> = { date: new Date().toISOString(), runs: RUNS };
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx keeps function names with a __name helper that the page does not have.
    const keepNames = "window.__name = (f) => f;";
    await page.addInitScript({ content: keepNames });

    // 1. The real app.
    const reachable = await fetch(`${BENCH_URL}/api/stats`).then(
      (r) => r.ok,
      () => false,
    );
    if (reachable) {
      const seed: Record<string, number> = {};
      for (const level of ["country", "actor"]) {
        const times: number[] = [];
        for (let i = 0; i < RUNS; i++) times.push(await firstDraw(page, `${BENCH_URL}/?level=${level}`));
        seed[level] = median(times);
      }
      const stats = await (await fetch(`${BENCH_URL}/api/stats`)).json();
      out.seed = { ...seed, stats };
      console.log(`\nTime to first drawn graph at ${BENCH_URL} (median of ${RUNS}, cold page each time):`);
      console.log(`| level | first drawn |\n|---|---|`);
      for (const [level, t] of Object.entries(seed)) console.log(`| ${level} | ${ms(t)} |`);
    } else {
      console.log(`(nothing answers at ${BENCH_URL}: start the app with npm start to time the seed graph)`);
    }

    // 2. Synthetic views.
    // A blank page of its own: the app's CSP would refuse the injected scripts.
    const lab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await lab.setContent('<div id="cy" style="position:absolute;inset:0"></div>');
    await lab.evaluate(keepNames);
    for (const lib of [
      "cytoscape/dist/cytoscape.min.js",
      "layout-base/layout-base.js",
      "cose-base/cose-base.js",
      "cytoscape-fcose/cytoscape-fcose.js",
    ]) {
      await lab.addScriptTag({ path: require.resolve(lib) });
    }
    const webglAvailable = await lab.evaluate(() => {
      const w = window as unknown as { cytoscape: { use(x: unknown): void }; cytoscapeFcose: unknown };
      w.cytoscape.use(w.cytoscapeFcose);
      return Boolean(document.createElement("canvas").getContext("webgl2"));
    });
    const results: SyntheticResult[] = [];
    for (const size of SIZES) {
      for (const webgl of webglAvailable ? [false, true] : [false]) {
        const runs: SyntheticResult[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await synthetic(lab, size, webgl));
        results.push({
          elements: runs[0]?.elements ?? size,
          renderer: webgl ? "webgl" : "canvas",
          layoutMs: median(runs.map((r) => r.layoutMs)),
          firstDrawMs: median(runs.map((r) => r.firstDrawMs)),
          frameMs: median(runs.map((r) => r.frameMs)),
        });
      }
    }
    out.webglAvailable = webglAvailable;
    out.synthetic = results;
    console.log(`\nSynthetic views, 1280×800, median of ${RUNS} (WebGL available: ${webglAvailable}):`);
    console.log(
      "| elements | renderer | fCoSE layout | first draw | zoom frame (full redraw) |\n|---|---|---|---|---|",
    );
    for (const r of results) {
      console.log(
        `| ${r.elements} | ${r.renderer} | ${ms(r.layoutMs)} | ${ms(r.firstDrawMs)} | ${r.frameMs.toFixed(1)} ms |`,
      );
    }
  } finally {
    await browser.close();
  }
  mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
  writeFileSync(path.join(ROOT, "bench/results/render.json"), `${JSON.stringify(out, null, 2)}\n`);
}

// Run when executed (npm run bench:render), not when imported for its synthetic graphs.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
