/** Security headers, CORS for browser notebooks, rate limiting, and the bearer token for writes. */
import { timingSafeEqual } from "node:crypto";
import cors from "@fastify/cors";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { UnauthorizedError } from "../errors.js";

declare module "fastify" {
  interface FastifyInstance {
    /** preHandler for routes that change data: checks `Authorization: Bearer $API_TOKEN` when a token is set. */
    requireToken: (request: FastifyRequest) => Promise<void>;
  }
}

export interface SecurityOptions {
  apiToken: string | undefined;
  corsOrigins: string[];
  rateLimitPerMinute: number;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const securityPlugin = fp<SecurityOptions>(
  async (app: FastifyInstance, opts) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:", "blob:"],
          connectSrc: ["'self'"],
        },
      },
    });
    await app.register(cors, { origin: opts.corsOrigins.length > 0 ? opts.corsOrigins : false });
    await app.register(rateLimit, {
      max: opts.rateLimitPerMinute,
      timeWindow: "1 minute",
      errorResponseBuilder: (_request, context) => {
        const error = new Error(
          `rate limit of ${context.max} requests per minute exceeded; retry in ${context.after}`,
        );
        return Object.assign(error, { statusCode: 429 });
      },
    });
    app.decorate("requireToken", async (request: FastifyRequest) => {
      if (opts.apiToken === undefined) return;
      const header = request.headers.authorization ?? "";
      const token = header.startsWith("Bearer ") ? header.slice("Bearer ".length) : "";
      if (!sameToken(token, opts.apiToken)) throw new UnauthorizedError();
    });
  },
  { name: "security" },
);
