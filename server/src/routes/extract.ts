import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ArticleMetadata, ArticleSubmissionBody, ExtractionResultSchema } from "../contracts/articles.js";
import { ErrorResponse } from "../contracts/errors.js";
import type { Extractor } from "../services/ingest.js";
import { acceptHtmlBodies, submissionFrom } from "./articles.js";

export interface ExtractRoutesOptions {
  extract: Extractor;
}

export const extractRoutes: FastifyPluginAsyncZod<ExtractRoutesOptions> = async (app, opts) => {
  acceptHtmlBodies(app);

  app.post(
    "/api/extract",
    {
      schema: {
        tags: ["articles"],
        summary: "Extract actors and relations from a text without storing anything",
        consumes: ["application/json", "text/plain", "text/html"],
        querystring: ArticleMetadata,
        body: ArticleSubmissionBody,
        response: {
          200: ExtractionResultSchema,
          400: ErrorResponse,
          413: ErrorResponse,
          415: ErrorResponse,
        },
      },
    },
    async (request) => {
      const submission = submissionFrom(request, request.body, request.query);
      return opts.extract({
        text: submission.text,
        ...(submission.publishedAt ? { publishedAt: submission.publishedAt } : {}),
        ...(submission.html ? { html: true } : {}),
      });
    },
  );
};
