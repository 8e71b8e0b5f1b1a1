import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ArticleMetadata, ArticleSubmissionJson, ExtractionResultSchema } from "../contracts/articles.js";
import { ErrorResponse } from "../contracts/errors.js";
import type { Extractor } from "../services/ingest.js";
import { acceptTextBodies, submissionFrom } from "./articles.js";

export interface ExtractRoutesOptions {
  extract: Extractor;
}

export const extractRoutes: FastifyPluginAsyncZod<ExtractRoutesOptions> = async (app, opts) => {
  acceptTextBodies(app);

  app.post(
    "/api/extract",
    {
      schema: {
        tags: ["articles"],
        summary: "Extract actors and relations from a text without storing anything",
        consumes: ["application/json", "text/plain", "text/html"],
        querystring: ArticleMetadata,
        body: ArticleSubmissionJson,
        response: {
          200: ExtractionResultSchema,
          400: ErrorResponse,
          413: ErrorResponse,
          415: ErrorResponse,
        },
      },
    },
    async (request) => {
      const submission = submissionFrom(request.body, request.query);
      return opts.extract({
        text: submission.text,
        ...(submission.publishedAt ? { publishedAt: submission.publishedAt } : {}),
        ...(submission.html ? { html: true } : {}),
      });
    },
  );
};
