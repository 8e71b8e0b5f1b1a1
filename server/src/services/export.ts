/**
 * Graph views in exchange formats: pure functions from the Cytoscape-ready view to
 * networkx node-link JSON, CSV, GraphML and GEXF 1.3. One table of attributes serves all.
 */
import type { GraphEdge, GraphNode, GraphResponse, NodeLinkGraph } from "../contracts/graph.js";

type AttrType = "string" | "int" | "double";
type NodeData = GraphNode["data"];
type EdgeData = GraphEdge["data"];

/** Node attributes besides the id, in column order. */
const NODE_ATTRS: ReadonlyArray<{ name: keyof NodeData; type: AttrType }> = [
  { name: "label", type: "string" },
  { name: "kind", type: "string" },
  { name: "affiliation", type: "string" },
  { name: "role", type: "string" },
  { name: "evidenceCount", type: "int" },
];

/** Edge attributes besides id, source and target, in column order. */
const EDGE_ATTRS: ReadonlyArray<{ name: keyof EdgeData; type: AttrType }> = [
  { name: "type", type: "string" },
  { name: "polarity", type: "string" },
  { name: "weight", type: "double" },
  { name: "evidenceCount", type: "int" },
  { name: "sourceCount", type: "int" },
  { name: "firstSeen", type: "string" },
  { name: "lastSeen", type: "string" },
  { name: "maxConfidence", type: "double" },
];

export interface ExportMeta {
  /** "neighborhood" | "path": what the view is. */
  view: string;
  /** Paths of a path view, as ordered edge ids. */
  paths?: string[][];
}

export function toNodeLink(graph: GraphResponse, meta: ExportMeta): NodeLinkGraph {
  const links = graph.edges.map(({ data }) => ({ ...data, key: data.type }));
  return {
    directed: true,
    multigraph: true,
    graph: {
      name: `diplograph ${meta.view}`,
      truncated: graph.truncated,
      ...(meta.paths ? { paths: meta.paths } : {}),
    },
    nodes: graph.nodes.map((n) => ({ ...n.data })),
    // networkx renamed the key: node_link_graph reads `edges` from 3.6 on, `links` before.
    links,
    edges: links,
  };
}

// ---- CSV (RFC 4180) ---------------------------------------------------------------------------

/** Quotes when needed; text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const csvLine = (fields: Array<string | number | undefined>) => `${fields.map(csvField).join(",")}\r\n`;

export function toCsv(graph: GraphResponse, part: "nodes" | "edges"): string {
  if (part === "nodes") {
    return (
      csvLine(["id", ...NODE_ATTRS.map((a) => a.name)]) +
      graph.nodes.map(({ data }) => csvLine([data.id, ...NODE_ATTRS.map((a) => data[a.name])])).join("")
    );
  }
  return (
    csvLine(["id", "source", "target", ...EDGE_ATTRS.map((a) => a.name)]) +
    graph.edges
      .map(({ data }) => csvLine([data.id, data.source, data.target, ...EDGE_ATTRS.map((a) => data[a.name])]))
      .join("")
  );
}

// ---- XML --------------------------------------------------------------------------------------

/** Escapes for text and attribute values; drops characters XML 1.0 cannot carry. */
export function xmlEscape(value: string | number): string {
  return (
    String(value)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 cannot carry these, so they are removed on purpose
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

const GRAPHML_TYPE: Record<AttrType, string> = { string: "string", int: "int", double: "double" };

export function toGraphml(graph: GraphResponse, meta: ExportMeta): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const a of NODE_ATTRS)
    out.push(
      `  <key id="n_${a.name}" for="node" attr.name="${a.name}" attr.type="${GRAPHML_TYPE[a.type]}"/>`,
    );
  for (const a of EDGE_ATTRS)
    out.push(
      `  <key id="e_${a.name}" for="edge" attr.name="${a.name}" attr.type="${GRAPHML_TYPE[a.type]}"/>`,
    );
  out.push(`  <graph id="${xmlEscape(`diplograph-${meta.view}`)}" edgedefault="directed">`);
  for (const { data } of graph.nodes) {
    out.push(`    <node id="${xmlEscape(data.id)}">`);
    for (const a of NODE_ATTRS) {
      const v = data[a.name];
      if (v !== undefined) out.push(`      <data key="n_${a.name}">${xmlEscape(v)}</data>`);
    }
    out.push("    </node>");
  }
  for (const { data } of graph.edges) {
    out.push(
      `    <edge id="${xmlEscape(data.id)}" source="${xmlEscape(data.source)}" target="${xmlEscape(data.target)}">`,
    );
    for (const a of EDGE_ATTRS) out.push(`      <data key="e_${a.name}">${xmlEscape(data[a.name])}</data>`);
    out.push("    </edge>");
  }
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}

const GEXF_TYPE: Record<AttrType, string> = { string: "string", int: "integer", double: "double" };

export function toGexf(graph: GraphResponse, meta: ExportMeta, today: string): string {
  const nodeAttrs = NODE_ATTRS.filter((a) => a.name !== "label");
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${xmlEscape(today)}">`,
    "    <creator>diplograph</creator>",
    `    <description>${xmlEscape(`diplograph ${meta.view}`)}</description>`,
    "  </meta>",
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    ...nodeAttrs.map(
      (a) => `      <attribute id="${a.name}" title="${a.name}" type="${GEXF_TYPE[a.type]}"/>`,
    ),
    "    </attributes>",
    '    <attributes class="edge">',
    ...EDGE_ATTRS.map(
      (a) => `      <attribute id="${a.name}" title="${a.name}" type="${GEXF_TYPE[a.type]}"/>`,
    ),
    "    </attributes>",
    "    <nodes>",
  ];
  for (const { data } of graph.nodes) {
    out.push(
      `      <node id="${xmlEscape(data.id)}" label="${xmlEscape(data.label)}">`,
      "        <attvalues>",
    );
    for (const a of nodeAttrs) {
      const v = data[a.name];
      if (v !== undefined) out.push(`          <attvalue for="${a.name}" value="${xmlEscape(v)}"/>`);
    }
    out.push("        </attvalues>", "      </node>");
  }
  out.push("    </nodes>", "    <edges>");
  for (const { data } of graph.edges) {
    // GEXF weights should be positive for layout tools: the statement count; the Goldstein value is an attribute.
    out.push(
      `      <edge id="${xmlEscape(data.id)}" source="${xmlEscape(data.source)}" target="${xmlEscape(data.target)}" label="${xmlEscape(data.type)}" weight="${data.evidenceCount}">`,
      "        <attvalues>",
      ...EDGE_ATTRS.map((a) => `          <attvalue for="${a.name}" value="${xmlEscape(data[a.name])}"/>`),
      "        </attvalues>",
      "      </edge>",
    );
  }
  out.push("    </edges>", "  </graph>", "</gexf>", "");
  return out.join("\n");
}
