/** OpenAPI generated from the routes' zod schemas, served at /docs (JSON at /docs/json). */
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";

export const docsPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(swagger, {
      openapi: {
        info: {
          title: "diplograph API",
          description:
            "Who-said-what-to-whom in the news: actors, typed diplomatic relations and the sentences that back them. " +
            "Errors always come as `{ error: { code, message, details?, requestId } }`.",
          version: "0.1.0",
        },
        components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
      },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    });
    await app.register(swaggerUi, { routePrefix: "/docs" });
  },
  { name: "docs" },
);
