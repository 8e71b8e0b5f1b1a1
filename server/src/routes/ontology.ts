import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { OntologyResponse } from "../contracts/ontology.js";
import { ACTOR_KINDS } from "../domain/actors.js";
import {
  LINE_STYLE_BY_POLARITY,
  POLARITIES,
  RELATION_TYPES,
  RELATIONS,
  relationTypesOf,
} from "../domain/relations.js";

const ONTOLOGY: OntologyResponse = {
  relationTypes: RELATION_TYPES.map((t) => ({
    ...RELATIONS[t],
    lineStyle: LINE_STYLE_BY_POLARITY[RELATIONS[t].polarity],
  })),
  polarities: POLARITIES.map((p) => ({
    id: p,
    lineStyle: LINE_STYLE_BY_POLARITY[p],
    types: relationTypesOf(p),
  })),
  actorKinds: [...ACTOR_KINDS],
};

export const ontologyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/ontology",
    {
      schema: {
        tags: ["ontology"],
        summary:
          "Relation types (polarity, Goldstein weight, colour, line style), polarities and actor kinds",
        response: { 200: OntologyResponse },
      },
    },
    async () => ONTOLOGY,
  );
};
