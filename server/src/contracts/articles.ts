/** Articles in and out: submission, listing, one article with its relations, extraction results. */
import { z } from "zod";
import { ACTOR_KINDS } from "../domain/actors.js";
import { RELATION_TYPES } from "../domain/relations.js";
import { CalendarDate } from "./graph.js";

const Title = z.string().trim().min(1).max(500);
const Url = z.url({ protocol: /^https?$/ }).max(2000);
const Outlet = z.string().trim().min(1).max(200);

export const ArticleMetadata = z.object({
  title: Title.optional().describe("headline; the first line of the text when absent"),
  url: Url.optional().describe(
    "http(s) URL; an article posted again at the same URL replaces the earlier one",
  ),
  source: Outlet.optional().describe("the outlet, e.g. Reuters"),
  publishedAt: CalendarDate.optional().describe("YYYY-MM-DD; today when absent"),
});
export type ArticleMetadata = z.infer<typeof ArticleMetadata>;

export const ArticleSubmissionJson = ArticleMetadata.extend({
  text: z
    .string()
    .refine((t) => t.trim() !== "", "must not be empty")
    .describe(
      "the article text (plain text, or HTML when `html` is true); a text/plain or text/html body is this field",
    ),
  html: z.boolean().optional().describe("the text is HTML to be reduced to its visible text"),
}).meta({ id: "ArticleSubmission" });
export type ArticleSubmissionJson = z.infer<typeof ArticleSubmissionJson>;

export const ArticleIdParams = z.object({
  id: z
    .string()
    .regex(/^[0-9a-f]{16}$/, "must be an article id: 16 lower-case hex digits")
    .describe("article id"),
});

export const ArticleListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  q: z.string().trim().min(1).max(200).optional().describe("title contains (case-insensitive)"),
  from: CalendarDate.optional().describe("published on or after"),
  to: CalendarDate.optional().describe("published on or before"),
});
export type ArticleListQuery = z.infer<typeof ArticleListQuery>;

export const ArticleSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    url: z.string().nullable(),
    source: z.string().nullable(),
    publishedAt: z.string(),
    paraphrase: z.boolean().describe("seed corpus: a paraphrase in the project's own words"),
    relationCount: z.number().int().describe("evidence statements extracted from the article"),
  })
  .meta({ id: "ArticleSummary" });
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const ArticleListResponse = z
  .object({
    items: z.array(ArticleSummary),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: "ArticleList" });
export type ArticleListResponse = z.infer<typeof ArticleListResponse>;

const ActorRef = z.object({ id: z.string(), name: z.string() });

export const ArticleRelation = z
  .object({
    id: z.string().describe("evidence id"),
    relationId: z.string().describe("aggregate relation id `source--TYPE--target`"),
    type: z.enum(RELATION_TYPES),
    source: ActorRef,
    target: ActorRef,
    speaker: ActorRef.nullable(),
    sentence: z.string(),
    start: z.number().int().describe("sentence start offset in `text`"),
    end: z.number().int().describe("sentence end offset in `text` (exclusive)"),
    trigger: z.string(),
    quote: z.boolean(),
    negated: z.boolean(),
    future: z.boolean(),
    confidence: z.number(),
    rule: z.string(),
  })
  .meta({ id: "ArticleRelation" });
export type ArticleRelation = z.infer<typeof ArticleRelation>;

export const ArticleDetail = ArticleSummary.extend({
  text: z.string().describe("the normalised text that offsets refer to"),
  ingestedAt: z.string(),
  relations: z.array(ArticleRelation),
}).meta({ id: "ArticleDetail" });
export type ArticleDetail = z.infer<typeof ArticleDetail>;

export const ActorSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(ACTOR_KINDS),
    affiliation: z.string(),
    role: z.string().optional(),
    aliases: z.array(z.string()),
  })
  .meta({ id: "Actor" });

export const EvidenceSchema = z.object({
  sentence: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  trigger: z.string(),
  quote: z.boolean(),
  speaker: z.string().optional(),
  negated: z.boolean(),
  future: z.boolean(),
  confidence: z.number(),
  rule: z.string(),
});

export const ExtractionResultSchema = z
  .object({
    text: z.string(),
    actors: z.array(ActorSchema),
    relations: z.array(
      z.object({
        source: z.string(),
        type: z.enum(RELATION_TYPES),
        target: z.string(),
        evidence: EvidenceSchema,
      }),
    ),
    warnings: z.array(z.string()),
  })
  .meta({ id: "ExtractionResult" });

export const IngestResponse = z
  .object({
    article: ArticleSummary,
    status: z.enum(["created", "updated", "unchanged"]),
    actors: z
      .array(ActorSchema)
      .describe("actors stored: those the evidence names, their principals, organisations"),
    relations: z
      .array(
        z.object({
          id: z.string().describe("aggregate relation id `source--TYPE--target`"),
          source: z.string(),
          type: z.enum(RELATION_TYPES),
          target: z.string(),
          evidence: EvidenceSchema.omit({ speaker: true }).extend({
            id: z.string(),
            speaker: z.string().nullable(),
          }),
        }),
      )
      .describe("relations stored, one per piece of evidence"),
    warnings: z.array(z.string()),
  })
  .meta({ id: "IngestResponse" });
export type IngestResponse = z.infer<typeof IngestResponse>;
