import { describe, expect, it } from "vitest";
import type { GraphResponse } from "../../../server/src/contracts/graph.js";
import {
  csvField,
  toCsv,
  toGexf,
  toGraphml,
  toNodeLink,
  xmlEscape,
} from "../../../server/src/services/export.js";

const NASTY = 'Al-Sisi & <Co> "quoted"';

const graph: GraphResponse = {
  nodes: [
    { data: { id: "egypt", label: "Egypt", kind: "state", affiliation: "EGY", evidenceCount: 2 } },
    {
      data: {
        id: "al-sisi",
        label: NASTY,
        kind: "person",
        affiliation: "EGY",
        role: "President, of Egypt's\nrepublic",
        evidenceCount: 2,
      },
    },
  ],
  edges: [
    {
      data: {
        id: "al-sisi--PRAISES--egypt",
        source: "al-sisi",
        target: "egypt",
        type: "PRAISES",
        polarity: "cooperative",
        weight: 3.4,
        evidenceCount: 2,
        sourceCount: 1,
        firstSeen: "2021-01-01",
        lastSeen: "2022-02-02",
        maxConfidence: 0.9,
      },
    },
  ],
  truncated: false,
};

/** A small well-formedness check: balanced tags, no raw markup characters in text or attributes. */
function wellFormed(xml: string): void {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, "");
  const tag = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+="[^"<>]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const text = body.slice(last, m.index);
    expect(text, "raw < or > or bare & in text").not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|apos);)/);
    last = tag.lastIndex;
    const [, close, name, , selfClose] = m;
    if (close) expect(stack.pop()).toBe(name);
    else if (!selfClose) stack.push(name as string);
  }
  expect(body.slice(last).trim()).toBe("");
  expect(stack).toEqual([]);
}

describe("xmlEscape", () => {
  it("escapes markup characters and drops those XML 1.0 cannot carry", () => {
    expect(xmlEscape(NASTY)).toBe("Al-Sisi &amp; &lt;Co&gt; &quot;quoted&quot;");
    expect(xmlEscape("it's")).toBe("it&apos;s");
    expect(xmlEscape("a\u0000b\u0007c\td")).toBe("abc\td");
    expect(xmlEscape(3.5)).toBe("3.5");
  });
});

describe("GraphML", () => {
  const xml = toGraphml(graph, { view: "neighborhood" });
  it("is well-formed and escapes every name", () => {
    wellFormed(xml);
    expect(xml).toContain('<data key="n_label">Al-Sisi &amp; &lt;Co&gt; &quot;quoted&quot;</data>');
    expect(xml).not.toContain(NASTY);
  });
  it("declares every attribute key with its type, and directed edges", () => {
    expect(xml).toContain('<key id="n_evidenceCount" for="node" attr.name="evidenceCount" attr.type="int"/>');
    expect(xml).toContain('<key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>');
    expect(xml).toContain('edgedefault="directed"');
    expect(xml).toContain('<edge id="al-sisi--PRAISES--egypt" source="al-sisi" target="egypt">');
    const used = [...xml.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]);
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    for (const k of used) expect(declared.has(k)).toBe(true);
  });
  it("leaves out absent optional values", () => {
    const egypt = xml.slice(xml.indexOf('<node id="egypt">'), xml.indexOf("</node>"));
    expect(egypt).not.toContain("n_role");
  });
});

describe("GEXF 1.3", () => {
  const xml = toGexf(graph, { view: "path" }, "2026-11-24");
  it("is well-formed, versioned 1.3, and escapes labels", () => {
    wellFormed(xml);
    expect(xml).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('version="1.3"');
    expect(xml).toContain('label="Al-Sisi &amp; &lt;Co&gt; &quot;quoted&quot;"');
  });
  it("declares node and edge attributes and uses them", () => {
    expect(xml).toContain('<attribute id="evidenceCount" title="evidenceCount" type="integer"/>');
    expect(xml).toContain('<attvalue for="type" value="PRAISES"/>');
    expect(xml).toMatch(
      /<edge id="al-sisi--PRAISES--egypt" source="al-sisi" target="egypt" label="PRAISES" weight="2">/,
    );
  });
});

describe("CSV", () => {
  it("writes edges with a header and RFC 4180 quoting", () => {
    const csv = toCsv(graph, "edges");
    const [header, row] = csv.split("\r\n");
    expect(header).toBe(
      "id,source,target,type,polarity,weight,evidenceCount,sourceCount,firstSeen,lastSeen,maxConfidence",
    );
    expect(row).toBe(
      "al-sisi--PRAISES--egypt,al-sisi,egypt,PRAISES,cooperative,3.4,2,1,2021-01-01,2022-02-02,0.9",
    );
  });
  it("writes nodes, quoting commas, quotes and newlines", () => {
    const csv = toCsv(graph, "nodes");
    expect(csv.startsWith("id,label,kind,affiliation,role,evidenceCount\r\n")).toBe(true);
    expect(csv).toContain(
      'al-sisi,"Al-Sisi & <Co> ""quoted""",person,EGY,"President, of Egypt\'s\nrepublic",2\r\n',
    );
    expect(csv).toContain("egypt,Egypt,state,EGY,,2\r\n");
  });
  it("defuses spreadsheet formulas in text but not negative numbers", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("@cmd")).toBe("'@cmd");
    expect(csvField(-2)).toBe("-2");
  });
});

describe("node-link", () => {
  it("has networkx node_link_data's shape, with the relation type as the multigraph key", () => {
    const data = toNodeLink(graph, { view: "path", paths: [["al-sisi--PRAISES--egypt"]] });
    expect(data).toMatchObject({
      directed: true,
      multigraph: true,
      graph: { paths: [["al-sisi--PRAISES--egypt"]] },
    });
    expect(data.nodes[1]).toEqual({ ...graph.nodes[1]?.data });
    expect(data.links[0]).toMatchObject({
      source: "al-sisi",
      target: "egypt",
      key: "PRAISES",
      id: "al-sisi--PRAISES--egypt",
    });
    expect(data.edges).toEqual(data.links);
  });
});
