/** Cytoscape-ready graph views, shared by the API and the explorer. */
import { z } from "zod";
import { ACTOR_KINDS } from "../domain/actors.js";
import { POLARITIES, RELATION_TYPES } from "../domain/relations.js";

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD");
export const RelationTypeSchema = z.enum(RELATION_TYPES);
export const PolaritySchema = z.enum(POLARITIES);
export const ActorKindSchema = z.enum(ACTOR_KINDS);
export const LevelSchema = z.enum(["actor", "country"]);
export type Level = z.infer<typeof LevelSchema>;

export const GraphNode = z
  .object({
    data: z.object({
      /** Actor id at actor level; affiliation code (`ARM`) at country level. */
      id: z.string(),
      label: z.string(),
      kind: ActorKindSchema,
      affiliation: z.string(),
      role: z.string().optional(),
      /** Evidence statements on this node's edges within the view. */
      evidenceCount: z.number().int(),
    }),
  })
  .meta({ id: "GraphNode" });
export type GraphNode = z.infer<typeof GraphNode>;

/** A typed actor→actor relation with its aggregates, as edges and relation lists carry it. */
export const RelationAggregate = z.object({
  /** Relation id `source--TYPE--target`; use it with /api/relations/{id}/evidence. */
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: RelationTypeSchema,
  polarity: PolaritySchema,
  weight: z.number(),
  evidenceCount: z.number().int(),
  sourceCount: z.number().int(),
  firstSeen: IsoDate,
  lastSeen: IsoDate,
  maxConfidence: z.number(),
});

export const GraphEdge = z.object({ data: RelationAggregate }).meta({ id: "GraphEdge" });
export type GraphEdge = z.infer<typeof GraphEdge>;

export const GraphResponse = z
  .object({
    nodes: z.array(GraphNode),
    edges: z.array(GraphEdge),
    /** True when the limit cut the view short. */
    truncated: z.boolean(),
  })
  .meta({ id: "GraphResponse" });
export type GraphResponse = z.infer<typeof GraphResponse>;

// ---- Request parameters shared by the read endpoints -------------------------------------------

/** Actor ids are lower-case slugs (`sergey-lavrov`). */
export const ActorIdSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be an actor id (lower-case slug)");
/** Affiliation codes: ISO 3166-1 alpha-3 or an upper-case organisation/group code. */
export const AffiliationSchema = z
  .string()
  .min(2)
  .max(24)
  .regex(/^[A-Z][A-Z0-9_]*$/, "must be an affiliation code (upper case, e.g. ARM, UN, ARAB_LEAGUE)");
/** An actor id, or at country level an affiliation code. */
export const ActorOrCodeSchema = z.union([ActorIdSchema, AffiliationSchema]);

/** A real calendar day written YYYY-MM-DD: 2020-02-30 and 2020-13-01 are refused here, not by the database. */
export const CalendarDate = IsoDate.refine((s) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, "is not a calendar date");

/** `ACCUSES,CONDEMNS`: each must be an ontology id. */
export const RelationTypesParam = z
  .string()
  .max(500)
  .transform((v) =>
    v
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== ""),
  )
  .pipe(z.array(RelationTypeSchema).min(1).max(RELATION_TYPES.length));
export const PolaritiesParam = z
  .string()
  .max(100)
  .transform((v) =>
    v
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== ""),
  )
  .pipe(z.array(PolaritySchema).min(1).max(POLARITIES.length));

export const pageParams = (defaultLimit: number, maxLimit: number) => ({
  limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const ExportFormatSchema = z.enum(["cytoscape", "node-link", "csv", "graphml", "gexf"]);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

const exportParams = {
  format: ExportFormatSchema.default("cytoscape").describe(
    "cytoscape (JSON, default) | node-link (networkx node_link_data JSON) | csv | graphml | gexf (1.3)",
  ),
  part: z
    .enum(["nodes", "edges"])
    .default("edges")
    .describe("with format=csv: which table to download (one CSV per table)"),
  download: z
    .stringbool()
    .default(false)
    .describe("send Content-Disposition: attachment (always for csv/graphml/gexf)"),
};

export const NeighborhoodQuery = z.object({
  actor: ActorOrCodeSchema.optional().describe(
    "centre of the view; absent: the whole graph, strongest edges first",
  ),
  depth: z.coerce.number().int().min(1).max(3).default(1),
  types: RelationTypesParam.optional().describe("comma-separated relation type ids"),
  polarity: PolaritiesParam.optional().describe("comma-separated polarities"),
  from: CalendarDate.optional().describe("evidence published on or after this date"),
  to: CalendarDate.optional().describe("evidence published on or before this date"),
  minEvidence: z.coerce.number().int().min(1).max(1_000_000).default(1),
  minConfidence: z.coerce.number().min(0).max(1).optional(),
  includeFlagged: z
    .stringbool()
    .default(false)
    .describe("also count negated and future/hypothetical statements"),
  level: LevelSchema.default("actor"),
  limit: z.coerce.number().int().min(1).max(5000).default(500).describe("maximum number of edges"),
  ...exportParams,
});
export type NeighborhoodQuery = z.infer<typeof NeighborhoodQuery>;

export const PathQuery = z.object({
  from: ActorIdSchema,
  to: ActorIdSchema,
  types: RelationTypesParam.optional(),
  maxDepth: z.coerce.number().int().min(1).max(6).default(4),
  limit: z.coerce.number().int().min(1).max(50).default(10).describe("maximum number of shortest paths"),
  ...exportParams,
});
export type PathQuery = z.infer<typeof PathQuery>;

export const PathResponse = GraphResponse.extend({
  /** Each path as its ordered edge ids, from `from` to `to`. */
  paths: z.array(z.array(z.string())),
}).meta({ id: "PathResponse" });
export type PathResponse = z.infer<typeof PathResponse>;

/** networkx `node_link_data` (edges="links"): load with `nx.node_link_graph(data, edges="links")`. */
const NodeLinkEdge = z.looseObject({ source: z.string(), target: z.string(), key: z.string() });
export const NodeLinkGraph = z
  .object({
    directed: z.literal(true),
    multigraph: z.literal(true),
    graph: z.record(z.string(), z.unknown()),
    nodes: z.array(z.looseObject({ id: z.string() })),
    links: z.array(NodeLinkEdge),
    edges: z
      .array(NodeLinkEdge)
      .describe(
        "the same list as `links`: networkx ≥ 3.6 reads `edges` by default, earlier versions `links`",
      ),
  })
  .meta({ id: "NodeLinkGraph" });
export type NodeLinkGraph = z.infer<typeof NodeLinkGraph>;
