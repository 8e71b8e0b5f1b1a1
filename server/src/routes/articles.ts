import type { FastifyInstance } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ArticleDetail,
  ArticleIdParams,
  ArticleListQuery,
  ArticleListResponse,
  ArticleMetadata,
  ArticleSubmissionJson,
  IngestResponse,
} from "../contracts/articles.js";
import { ErrorResponse } from "../contracts/errors.js";
import { createArticleQueries } from "../services/articles.js";
import { type ArticleSubmission, createIngestService, type Extractor } from "../services/ingest.js";

export interface ArticleRoutesOptions {
  extract: Extractor;
}

/**
 * text/plain and text/html bodies become `{ text, html }`, so one JSON schema validates every
 * submission (with precise issues) and the metadata comes from the query string.
 */
export function acceptTextBodies(app: FastifyInstance): void {
  app.removeContentTypeParser("text/plain");
  app.addContentTypeParser(["text/plain", "text/html"], { parseAs: "string" }, (request, body, done) => {
    const html = /^text\/html\b/i.test(request.headers["content-type"] ?? "");
    done(null, { text: body, ...(html ? { html } : {}) });
  });
}

/** One submission: the body's fields win over the query string's. */
export function submissionFrom(body: ArticleSubmissionJson, query: ArticleMetadata): ArticleSubmission {
  return {
    text: body.text,
    html: body.html,
    title: body.title ?? query.title,
    url: body.url ?? query.url,
    source: body.source ?? query.source,
    publishedAt: body.publishedAt ?? query.publishedAt,
  };
}

const CONSUMES = ["application/json", "text/plain", "text/html"];

export const articleRoutes: FastifyPluginAsyncZod<ArticleRoutesOptions> = async (app, opts) => {
  acceptTextBodies(app);
  const ingest = createIngestService({ db: app.db, extract: opts.extract });
  const articles = createArticleQueries(app.db);

  app.get(
    "/api/articles",
    {
      schema: {
        tags: ["articles"],
        summary: "Ingested articles, newest first, filtered by title and date, paginated",
        querystring: ArticleListQuery,
        response: { 200: ArticleListResponse, 400: ErrorResponse, 503: ErrorResponse },
      },
    },
    async (request) => articles.list(request.query),
  );

  app.get(
    "/api/articles/:id",
    {
      schema: {
        tags: ["articles"],
        summary: "One article: its text and every relation it backs, with sentence offsets for highlighting",
        params: ArticleIdParams,
        response: { 200: ArticleDetail, 400: ErrorResponse, 404: ErrorResponse, 503: ErrorResponse },
      },
    },
    async (request) => articles.get(request.params.id),
  );

  app.post(
    "/api/articles",
    {
      // The token is checked before the body is read, so unauthenticated uploads cost nothing.
      onRequest: app.requireToken,
      schema: {
        tags: ["articles"],
        summary: "Extract and store an article (JSON, or text/plain or text/html with metadata in the query)",
        description:
          "201 when the article is new; 200 when it was `unchanged` (same content: nothing written) or " +
          "`updated` (new content at a known URL: its old evidence is replaced and the aggregates corrected).",
        security: [{ bearer: [] }],
        consumes: CONSUMES,
        querystring: ArticleMetadata,
        body: ArticleSubmissionJson,
        response: {
          200: IngestResponse,
          201: IngestResponse,
          400: ErrorResponse,
          401: ErrorResponse,
          413: ErrorResponse,
          415: ErrorResponse,
          503: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const outcome = await ingest.ingest(submissionFrom(request.body, request.query));
      return reply.code(outcome.status === "created" ? 201 : 200).send(outcome);
    },
  );

  app.delete(
    "/api/articles/:id",
    {
      onRequest: app.requireToken,
      schema: {
        tags: ["articles"],
        summary: "Delete an article: its evidence goes, aggregates are recomputed, orphaned actors removed",
        security: [{ bearer: [] }],
        params: ArticleIdParams,
        response: {
          204: z.null().describe("deleted"),
          400: ErrorResponse,
          401: ErrorResponse,
          404: ErrorResponse,
          503: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      await ingest.remove(request.params.id);
      return reply.code(204).send(null);
    },
  );
};
