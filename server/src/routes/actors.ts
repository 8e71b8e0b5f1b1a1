import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ActorDetail, ActorPage, ActorParams, ActorSearchQuery } from "../contracts/actors.js";
import { ErrorResponse } from "../contracts/errors.js";
import { actorServiceFor } from "../services/explore-actors.js";

export const actorRoutes: FastifyPluginAsyncZod = async (app) => {
  const actors = actorServiceFor(app.db);

  app.get(
    "/api/actors",
    {
      schema: {
        tags: ["actors"],
        summary: "Search actors by name or alias (prefix and fuzzy), or list them by evidence count",
        description:
          "With `q`: full-text search over names and aliases; every word must match as a prefix or within one edit " +
          "('lavr' finds Sergey Lavrov). Without `q`: actors ordered by asserted statements. Paginated.",
        querystring: ActorSearchQuery,
        response: { 200: ActorPage, 400: ErrorResponse, 503: ErrorResponse, 504: ErrorResponse },
      },
    },
    async (request) => actors.search(request.query),
  );

  app.get(
    "/api/actors/:id",
    {
      schema: {
        tags: ["actors"],
        summary: "One actor: roles, memberships, relation counts by type and direction, top counterparts",
        params: ActorParams,
        response: {
          200: ActorDetail,
          400: ErrorResponse,
          404: ErrorResponse,
          503: ErrorResponse,
          504: ErrorResponse,
        },
      },
    },
    async (request) => actors.detail(request.params.id),
  );
};
