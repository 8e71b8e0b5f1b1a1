import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorResponse } from "../contracts/errors.js";
import {
  EvidencePage,
  EvidenceQuery,
  RelationListQuery,
  RelationPage,
  RelationParams,
} from "../contracts/relations.js";
import { relationServiceFor } from "../services/explore-relations.js";

export const relationRoutes: FastifyPluginAsyncZod = async (app) => {
  const relations = relationServiceFor(app.db);

  app.get(
    "/api/relations",
    {
      schema: {
        tags: ["relations"],
        summary: "Aggregate relations by source, target, type and period seen, most evidence first",
        querystring: RelationListQuery,
        response: { 200: RelationPage, 400: ErrorResponse, 503: ErrorResponse, 504: ErrorResponse },
      },
    },
    async (request) => relations.list(request.query),
  );

  app.get(
    "/api/relations/:id/evidence",
    {
      schema: {
        tags: ["relations"],
        summary: "The statements behind a relation, newest first",
        description:
          "Accepts actor-level ids (`sergey-lavrov--CALLS_FOR_CEASEFIRE--armenia`) and country-level ids " +
          "(`ARM--ACCUSES--AZE`, every actor of one affiliation to every actor of the other). " +
          "Negated and future statements are included and flagged.",
        params: RelationParams,
        querystring: EvidenceQuery,
        response: {
          200: EvidencePage,
          400: ErrorResponse,
          404: ErrorResponse,
          503: ErrorResponse,
          504: ErrorResponse,
        },
      },
    },
    async (request) => relations.evidence(request.params.id, request.query),
  );
};
