import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorResponse } from "../contracts/errors.js";
import {
  type ExportFormat,
  GraphResponse,
  NeighborhoodQuery,
  NodeLinkGraph,
  PathQuery,
  PathResponse,
} from "../contracts/graph.js";
import { graphServiceFor, SUPERNODE_DEGREE } from "../services/explore.js";
import { toCsv, toGexf, toGraphml, toNodeLink } from "../services/export.js";

const EXPORT_DOC =
  "Formats: `cytoscape` (default, the JSON below), `node-link` (networkx `node_link_data`, edges under `links`, " +
  "`key` = relation type), `graphml`, `gexf` (1.3), and `csv` — one table per request: `part=edges` (default: " +
  "id, source, target, type, polarity, weight, evidenceCount, sourceCount, firstSeen, lastSeen, maxConfidence) " +
  "or `part=nodes` (id, label, kind, affiliation, role, evidenceCount). Non-JSON formats always come as an " +
  "attachment `diplograph-<view>-<date>.<ext>`; JSON formats when `download=true`.";

const ERRORS = { 400: ErrorResponse, 404: ErrorResponse, 503: ErrorResponse, 504: ErrorResponse };

interface ExportOptions {
  format: ExportFormat;
  part: "nodes" | "edges";
  download: boolean;
}

/** Sends a view in the requested format; JSON formats are returned for the schema serializer. */
function sendView<G extends GraphResponse>(
  reply: FastifyReply,
  view: string,
  graph: G,
  options: ExportOptions,
  paths?: string[][],
): G | NodeLinkGraph | FastifyReply {
  const today = new Date().toISOString().slice(0, 10);
  const attach = (name: string, ext: string) =>
    reply.header("content-disposition", `attachment; filename="diplograph-${name}-${today}.${ext}"`);
  const meta = { view, ...(paths ? { paths } : {}) };
  switch (options.format) {
    case "cytoscape":
      if (options.download) attach(view, "json");
      return graph;
    case "node-link":
      if (options.download) attach(`${view}-node-link`, "json");
      return toNodeLink(graph, meta);
    case "csv":
      attach(`${view}-${options.part}`, "csv");
      return reply.type("text/csv; charset=utf-8").send(Buffer.from(toCsv(graph, options.part)));
    case "graphml":
      attach(view, "graphml");
      return reply.type("application/graphml+xml; charset=utf-8").send(Buffer.from(toGraphml(graph, meta)));
    case "gexf":
      attach(view, "gexf");
      return reply.type("application/gexf+xml; charset=utf-8").send(Buffer.from(toGexf(graph, meta, today)));
  }
}

export const graphRoutes: FastifyPluginAsyncZod = async (app) => {
  const graphs = graphServiceFor(app.db);

  app.get(
    "/api/graph/neighborhood",
    {
      schema: {
        tags: ["graph"],
        summary:
          "The neighbourhood of an actor (or the whole graph), Cytoscape-ready, with filters and exports",
        description:
          "Grows ring by ring from `actor` up to `depth`, strongest edges first, until `limit` edges " +
          "(`truncated` tells); beyond the first ring, actors with more than " +
          `${SUPERNODE_DEGREE} relationships are not expanded (the view is then \`truncated\` too). ` +
          "Without `actor`: the whole graph's strongest edges. Only asserted statements count " +
          "unless `includeFlagged`; `from`/`to`/`minConfidence`/`includeFlagged` recompute the edge aggregates from " +
          "the matching statements. `level=country` folds people, bodies and forces into their affiliation " +
          `(node id = code; \`actor\` may then be a code). ${EXPORT_DOC}`,
        querystring: NeighborhoodQuery,
        response: { 200: GraphResponse.or(NodeLinkGraph), ...ERRORS },
      },
    },
    async (request, reply) => {
      const { format, part, download, ...view } = request.query;
      const graph = await graphs.neighborhood(view);
      return sendView(reply, "neighborhood", graph, { format, part, download });
    },
  );

  app.get(
    "/api/graph/path",
    {
      schema: {
        tags: ["graph"],
        summary: "Shortest paths between two actors over asserted relations, in either direction",
        description: `\`paths\` lists each path as its edge ids from \`from\` to \`to\`. ${EXPORT_DOC}`,
        querystring: PathQuery,
        response: { 200: PathResponse.or(NodeLinkGraph), ...ERRORS },
      },
    },
    async (request, reply) => {
      const { format, part, download, ...view } = request.query;
      const graph = await graphs.shortestPaths(view);
      return sendView(reply, "path", graph, { format, part, download }, graph.paths);
    },
  );
};
