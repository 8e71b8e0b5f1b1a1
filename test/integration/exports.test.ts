import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testAppOnFreshGraph } from "../support/app.js";
import { loadFixture } from "../support/graph-fixture.js";

const DISPOSITION =
  /^attachment; filename="diplograph-(neighborhood|path)[a-z-]*-\d{4}-\d{2}-\d{2}\.(json|csv|graphml|gexf)"$/;

describe("graph exports", () => {
  let app: FastifyInstance;
  const get = async (url: string) => app.inject({ method: "GET", url });

  beforeAll(async () => {
    app = await testAppOnFreshGraph({ load: loadFixture });
  });
  afterAll(async () => {
    await app.close();
  });

  it("serves Cytoscape JSON by default, inline unless download=true", async () => {
    const res = await get("/api/graph/neighborhood?actor=sergey-lavrov");
    expect(res.headers["content-type"]).toMatch(/application\/json/);
    expect(res.headers["content-disposition"]).toBeUndefined();
    const dl = await get("/api/graph/neighborhood?actor=sergey-lavrov&download=true");
    expect(dl.headers["content-disposition"]).toMatch(DISPOSITION);
    expect(dl.headers["content-disposition"]).toContain("diplograph-neighborhood-");
    expect(dl.json()).toEqual(res.json());
  });

  it("serves networkx node-link JSON", async () => {
    const res = await get("/api/graph/neighborhood?actor=sergey-lavrov&format=node-link");
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ directed: true, multigraph: true });
    expect(body.nodes.map((n: { id: string }) => n.id).sort()).toEqual([
      "armenia",
      "azerbaijan",
      "sergey-lavrov",
    ]);
    expect(body.links).toContainEqual(
      expect.objectContaining({
        source: "sergey-lavrov",
        target: "armenia",
        key: "CALLS_FOR_CEASEFIRE",
        evidenceCount: 2,
      }),
    );
  });

  it("serves CSV tables as attachments", async () => {
    const edges = await get("/api/graph/neighborhood?actor=sergey-lavrov&format=csv");
    expect(edges.statusCode).toBe(200);
    expect(edges.headers["content-type"]).toMatch(/^text\/csv/);
    expect(edges.headers["content-disposition"]).toMatch(
      /diplograph-neighborhood-edges-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = edges.body.trim().split("\r\n");
    expect(lines[0]).toMatch(/^id,source,target,type,/);
    expect(lines).toHaveLength(3);
    const nodes = await get("/api/graph/neighborhood?actor=sergey-lavrov&format=csv&part=nodes");
    expect(nodes.body.split("\r\n")[0]).toBe("id,label,kind,affiliation,role,evidenceCount");
    expect(nodes.body).toContain("sergey-lavrov,Sergey Lavrov,person,RUS,Foreign Minister of Russia,3");
  });

  it("serves GraphML and GEXF as attachments", async () => {
    const graphml = await get("/api/graph/neighborhood?level=country&format=graphml");
    expect(graphml.statusCode).toBe(200);
    expect(graphml.headers["content-type"]).toMatch(/^application\/graphml\+xml/);
    expect(graphml.headers["content-disposition"]).toMatch(DISPOSITION);
    expect(graphml.body).toContain('<edge id="ARM--ACCUSES--AZE" source="ARM" target="AZE">');
    const gexf = await get("/api/graph/neighborhood?format=gexf");
    expect(gexf.headers["content-type"]).toMatch(/^application\/gexf\+xml/);
    expect(gexf.body).toContain('label="Mevlüt Çavuşoğlu"');
  });

  it("exports paths in every format", async () => {
    const base = "/api/graph/path?from=sergey-lavrov&to=turkey";
    const json = (await get(base)).json();
    expect(json.paths).toHaveLength(1);
    const nodeLink = (await get(`${base}&format=node-link`)).json();
    expect(nodeLink.graph.paths).toEqual(json.paths);
    for (const [format, type] of [
      ["csv", /^text\/csv/],
      ["graphml", /^application\/graphml\+xml/],
      ["gexf", /^application\/gexf\+xml/],
    ] as const) {
      const res = await get(`${base}&format=${format}`);
      expect(res.statusCode, format).toBe(200);
      expect(res.headers["content-type"]).toMatch(type);
      expect(res.headers["content-disposition"]).toContain("diplograph-path");
      expect(res.body).toContain("turkey--SUPPORTS--azerbaijan");
    }
  });

  it("rejects unknown formats and parts", async () => {
    for (const qs of ["format=pdf", "format=csv&part=both", "download=perhaps"]) {
      const res = await get(`/api/graph/neighborhood?${qs}`);
      expect(res.statusCode, qs).toBe(400);
    }
  });
});
