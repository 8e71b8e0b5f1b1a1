/** One error shape at the API edge; 5xx details stay in the log. */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { ErrorResponse } from "../contracts/errors.js";
import { AppError, type ErrorCode } from "../errors.js";

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: "VALIDATION_FAILED",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  409: "CONFLICT",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  429: "RATE_LIMITED",
  503: "DATABASE_UNAVAILABLE",
};

function body(request: FastifyRequest, code: string, message: string, details?: unknown): ErrorResponse {
  return { error: { code, message, ...(details === undefined ? {} : { details }), requestId: request.id } };
}

export const errorHandlerPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      if (hasZodFastifySchemaValidationErrors(error)) {
        const issues = error.validation.map((v) => ({
          in: error.validationContext ?? "request",
          path: v.instancePath,
          message: v.message,
        }));
        return reply.code(400).send(body(request, "VALIDATION_FAILED", "the request is not valid", issues));
      }
      if (error instanceof AppError) {
        if (error.statusCode >= 500) request.log.warn({ err: error }, error.message);
        return reply.code(error.statusCode).send(body(request, error.code, error.message, error.details));
      }
      const status = error.statusCode ?? 500;
      if (status < 500) {
        const code = CODE_BY_STATUS[status] ?? "VALIDATION_FAILED";
        return reply.code(status).send(body(request, code, error.message));
      }
      request.log.error({ err: error }, "unhandled error");
      return reply.code(500).send(body(request, "INTERNAL", "something went wrong on our side"));
    });
    app.setNotFoundHandler((request, reply) => {
      reply
        .code(404)
        .send(body(request, "NOT_FOUND", `no route for ${request.method} ${request.url.split("?")[0]}`));
    });
  },
  { name: "error-handler" },
);
