import { describe, expect, it } from "vitest";
import { mergeResponses, requestsFor } from "../../../client/src/graph/dataset.js";
import {
  deriveElements,
  evidenceHistogram,
  monthsBetween,
  timelineHistogram,
} from "../../../client/src/graph/elements.js";
import { DEFAULT_STATE, reduce } from "../../../client/src/state.js";
import type { GraphEdge, GraphNode, GraphResponse } from "../../../server/src/contracts/graph.js";
import { RELATIONS, type RelationType } from "../../../server/src/domain/relations.js";

const node = (id: string, kind: GraphNode["data"]["kind"] = "state"): GraphNode => ({
  data: { id, label: id.toUpperCase(), kind, affiliation: id.toUpperCase(), evidenceCount: 1 },
});
const edge = (
  source: string,
  type: RelationType,
  target: string,
  over: Partial<GraphEdge["data"]> = {},
): GraphEdge => ({
  data: {
    id: `${source}--${type}--${target}`,
    source,
    target,
    type,
    polarity: RELATIONS[type].polarity,
    weight: RELATIONS[type].goldstein,
    evidenceCount: 1,
    sourceCount: 1,
    firstSeen: "2020-10-01",
    lastSeen: "2020-10-01",
    maxConfidence: 0.8,
    ...over,
  },
});
const graph = (nodes: GraphNode[], edges: GraphEdge[], truncated = false): GraphResponse => ({
  nodes,
  edges,
  truncated,
});

const seedish = mergeResponses(
  [
    graph(
      [node("armenia"), node("azerbaijan"), node("turkey"), node("russia"), node("sergey-lavrov", "person")],
      [
        edge("armenia", "ACCUSES", "turkey", { evidenceCount: 3 }),
        edge("azerbaijan", "ACCUSES", "armenia"),
        edge("turkey", "SUPPORTS", "azerbaijan", { evidenceCount: 2, maxConfidence: 0.5 }),
        edge("sergey-lavrov", "CALLS_FOR_CEASEFIRE", "armenia", {
          firstSeen: "2020-09-28",
          lastSeen: "2020-11-10",
        }),
      ],
    ),
  ],
  null,
);
const ids = (xs: { data: { id: string } }[]) => xs.map((x) => x.data.id).sort();

describe("deriveElements", () => {
  it("draws everything under the default filters, edges styled from the domain", () => {
    const d = deriveElements(seedish, DEFAULT_STATE);
    // russia has no relation in the data: an actor without relations is not drawn.
    expect(ids(d.nodes)).toEqual(["armenia", "azerbaijan", "sergey-lavrov", "turkey"]);
    expect(d.edges).toHaveLength(4);
    expect(d.warnings).toEqual([]);
    expect(d.empty).toBeNull();
    expect(d.edges.find((e) => e.data.type === "ACCUSES")?.data.label).toBe("accuses");
  });

  it("unticking ACCUSES removes those edges and the nodes left without any", () => {
    const s = reduce(DEFAULT_STATE, { type: "toggleType", relation: "ACCUSES" });
    const d = deriveElements(seedish, s);
    expect(d.edges.map((e) => e.data.type)).not.toContain("ACCUSES");
    expect(ids(d.edges)).toEqual([
      "sergey-lavrov--CALLS_FOR_CEASEFIRE--armenia",
      "turkey--SUPPORTS--azerbaijan",
    ]);
    expect(ids(d.nodes)).toEqual(["armenia", "azerbaijan", "sergey-lavrov", "turkey"]);
  });

  it("keeps the focused actor even when the filters leave it alone", () => {
    let s = reduce(DEFAULT_STATE, { type: "focus", id: "russia", level: "actor" });
    s = reduce(s, { type: "setGroup", polarity: "conflictual", on: false });
    const d = deriveElements(seedish, s);
    expect(ids(d.nodes)).toContain("russia");
    expect(d.nodes.find((n) => n.data.id === "russia")?.classes).toContain("focus");
  });

  it("applies minimum evidence, minimum confidence and the date window", () => {
    const ev = deriveElements(seedish, reduce(DEFAULT_STATE, { type: "setMinEvidence", value: 2 }));
    expect(ids(ev.edges)).toEqual(["armenia--ACCUSES--turkey", "turkey--SUPPORTS--azerbaijan"]);
    const conf = deriveElements(seedish, reduce(DEFAULT_STATE, { type: "setMinConfidence", value: 0.6 }));
    expect(ids(conf.edges)).not.toContain("turkey--SUPPORTS--azerbaijan");
    const dated = deriveElements(
      seedish,
      reduce(DEFAULT_STATE, { type: "setDates", from: "2020-11-01", to: "2020-12-31" }),
    );
    expect(ids(dated.edges)).toEqual(["sergey-lavrov--CALLS_FOR_CEASEFIRE--armenia"]);
  });

  it("hidden nodes take their edges with them", () => {
    const d = deriveElements(seedish, reduce(DEFAULT_STATE, { type: "hide", id: "armenia" }));
    expect(ids(d.nodes)).not.toContain("armenia");
    expect(d.edges.every((e) => e.data.source !== "armenia" && e.data.target !== "armenia")).toBe(true);
  });

  it("says why nothing is drawn", () => {
    expect(deriveElements(mergeResponses([graph([], [])], null), DEFAULT_STATE).empty).toBe("no-data");
    const none = reduce(
      reduce(reduce(DEFAULT_STATE, { type: "setGroup", polarity: "conflictual", on: false }), {
        type: "setGroup",
        polarity: "cooperative",
        on: false,
      }),
      { type: "setGroup", polarity: "neutral", on: false },
    );
    expect(deriveElements(seedish, none).empty).toBe("filtered");
  });

  it("caps what is drawn, keeps the strongest relations and says so", () => {
    const nodes = Array.from({ length: 400 }, (_, i) => node(`n${i}`));
    const edges = Array.from({ length: 399 }, (_, i) =>
      edge(`n${i}`, "TALKS_WITH", `n${i + 1}`, { evidenceCount: i === 7 ? 99 : 1 }),
    );
    const d = deriveElements(mergeResponses([graph(nodes, edges)], null), DEFAULT_STATE, 100);
    expect(d.capped).toBe(true);
    expect(d.nodes.length + d.edges.length).toBeLessThanOrEqual(100);
    expect(d.total).toEqual({ nodes: 400, edges: 399 });
    expect(ids(d.edges)).toContain("n7--TALKS_WITH--n8");
    expect(d.warnings[0]).toMatch(/Showing \d+ of 799 elements/);
    // Only n7→n8 has more than one piece of evidence: at ≥ 99 everything left fits.
    expect(d.suggestedMinEvidence).toBe(99);
    const endpoints = new Set(ids(d.nodes));
    for (const e of d.edges) expect(endpoints.has(e.data.source) && endpoints.has(e.data.target)).toBe(true);
  });

  it("passes the server's truncation on as a warning", () => {
    const d = deriveElements(
      mergeResponses([graph([node("a"), node("b")], [edge("a", "WARNS", "b")], true)], null),
      DEFAULT_STATE,
    );
    expect(d.warnings.join(" ")).toMatch(/limit/);
  });

  it("marks and keeps the path even through filtered types", () => {
    const path = graph(
      [node("armenia"), node("turkey")],
      [edge("armenia", "ACCUSES", "turkey", { evidenceCount: 3 })],
    );
    const s = reduce(reduce(DEFAULT_STATE, { type: "findPath", from: "armenia", to: "turkey" }), {
      type: "toggleType",
      relation: "ACCUSES",
    });
    const d = deriveElements(mergeResponses([], path), s);
    expect(d.edges[0]?.classes).toContain("on-path");
    const rest = deriveElements(
      mergeResponses(
        [graph([node("armenia"), node("turkey"), node("iran")], [edge("iran", "TALKS_WITH", "turkey")])],
        path,
      ),
      s,
    );
    expect(rest.edges.find((e) => e.data.source === "iran")?.classes).toBe("faded");
  });

  it("says so when no path links the two actors", () => {
    const s = reduce(DEFAULT_STATE, { type: "findPath", from: "armenia", to: "iran" });
    const d = deriveElements(mergeResponses([], graph([node("armenia"), node("iran")], [])), s);
    expect(d.warnings.join(" ")).toMatch(/No chain of relations links armenia and iran/);
    expect(ids(d.nodes)).toEqual(["armenia", "iran"]);
  });
});

describe("requestsFor", () => {
  it("asks for the whole graph, then a neighbourhood per focus and expansion, with the dates", () => {
    expect(requestsFor(DEFAULT_STATE).graph).toEqual(["/api/graph/neighborhood?level=country&limit=2000"]);
    let s = reduce(DEFAULT_STATE, { type: "focus", id: "sergey-lavrov", level: "actor" });
    s = reduce(s, { type: "expand", id: "armenia" });
    s = reduce(s, { type: "setDates", from: "2020-10-01", to: null });
    expect(requestsFor(s).graph).toEqual([
      "/api/graph/neighborhood?actor=sergey-lavrov&depth=1&level=actor&from=2020-10-01",
      "/api/graph/neighborhood?actor=armenia&depth=1&level=actor&from=2020-10-01",
    ]);
    expect(requestsFor(reduce(s, { type: "findPath", from: "a", to: "b" })).path).toBe(
      "/api/graph/path?from=a&to=b",
    );
  });
});

describe("evidenceHistogram", () => {
  it("spreads each relation's evidence over its months and fills the gaps", () => {
    expect(monthsBetween("2020-11", "2021-02")).toEqual(["2020-11", "2020-12", "2021-01", "2021-02"]);
    const bins = evidenceHistogram([
      edge("a", "WARNS", "b", { evidenceCount: 4, firstSeen: "2020-10-03", lastSeen: "2020-11-20" }).data,
      edge("a", "WARNS", "c", { evidenceCount: 1, firstSeen: "2021-01-01", lastSeen: "2021-01-01" }).data,
    ]);
    expect(bins).toEqual([
      { month: "2020-10", count: 2 },
      { month: "2020-11", count: 2 },
      { month: "2020-12", count: 0 },
      { month: "2021-01", count: 1 },
    ]);
  });
});

describe("timelineHistogram", () => {
  it("counts the ticked types per month and fills empty months", () => {
    const timeline = {
      buckets: [
        { start: "2020-10-01", byType: { ACCUSES: 3, TALKS_WITH: 2 } },
        { start: "2020-12-01", byType: { ACCUSES: 1 } },
      ],
    };
    expect(timelineHistogram(timeline, ["ACCUSES", "TALKS_WITH"])).toEqual([
      { month: "2020-10", count: 5 },
      { month: "2020-11", count: 0 },
      { month: "2020-12", count: 1 },
    ]);
    expect(timelineHistogram(timeline, ["TALKS_WITH"]).map((b) => b.count)).toEqual([2, 0, 0]);
    expect(timelineHistogram({ buckets: [] }, ["ACCUSES"])).toEqual([]);
  });
});
