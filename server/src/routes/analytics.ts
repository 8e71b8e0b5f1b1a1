import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  AlignmentQuery,
  AlignmentResponse,
  DyadsQuery,
  DyadsResponse,
  MediationQuery,
  MediationResponse,
  TimelineQuery,
  TimelineResponse,
} from "../contracts/analytics.js";
import { ErrorResponse } from "../contracts/errors.js";
import { analyticsServiceFor } from "../services/analytics.js";

const WINDOW_NOTE =
  "Evidence is filtered on its article's date (`from`..`to`, both included) and, by default, " +
  "to asserted statements (not negated, not future). At `level=country` every actor is folded " +
  "into its affiliation code and self-ties are dropped.";

const ERRORS = { 400: ErrorResponse, 503: ErrorResponse, 504: ErrorResponse };

export const analyticsRoutes: FastifyPluginAsyncZod = async (app) => {
  const analytics = analyticsServiceFor(app.db, app.projection);

  app.get(
    "/api/analytics/alignment",
    {
      schema: {
        tags: ["analytics"],
        summary: "Signed pair scores, blocs and structural balance",
        description:
          `${WINDOW_NOTE}\n\n` +
          "**Pair score** of two nodes: `tanh(Σ evidence × Goldstein(type) / 10)` over the evidence in both " +
          "directions, in (−1, 1); one maximal event (−10, an attack) gives −0.76. `consistency` = " +
          "`Σ Goldstein / Σ |Goldstein|` says how one-sided the ties are whatever their volume.\n\n" +
          "**Blocs**: Louvain communities of the pairs with a positive Goldstein sum (`weightSum`), then local " +
          "moves that minimise frustration (negative weight inside a bloc + positive weight across blocs); blocs " +
          "use the unbounded sum so that many attacks outweigh a few calls. **Balance**: the " +
          "share of signed triangles whose sign product is positive. See docs/analytics.md.",
        querystring: AlignmentQuery,
        response: { 200: AlignmentResponse, ...ERRORS },
      },
    },
    async (request) => analytics.alignment(request.query),
  );

  app.get(
    "/api/analytics/dyads",
    {
      schema: {
        tags: ["analytics"],
        summary: "Conflictual dyads, ranked by conflict weight",
        description:
          `${WINDOW_NOTE}\n\n` +
          "A dyad is a pair joined by conflictual evidence (ATTACKS, SANCTIONS, THREATENS, DEMANDS, WARNS, " +
          "REJECTS, CONDEMNS, ACCUSES) in either direction; `conflictWeight` = `Σ evidence × |Goldstein|` " +
          "over those types.",
        querystring: DyadsQuery,
        response: { 200: DyadsResponse, ...ERRORS },
      },
    },
    async (request) => analytics.dyads(request.query),
  );

  app.get(
    "/api/analytics/mediation",
    {
      schema: {
        tags: ["analytics"],
        summary: "Mediators of a dyad, with their evidence towards each side",
        description:
          `${WINDOW_NOTE}\n\n` +
          "Parties are actor ids at `level=actor`, affiliation codes (`a=ARM&b=AZE`) at `level=country`. " +
          "A mediator is a third party with mediating ties to **both** sides: MEDIATES (3), OFFERS_MEDIATION (2), " +
          "CALLS_FOR_TALKS (1.5), CALLS_FOR_CEASEFIRE (1) from the mediator to the party, or TALKS_WITH (1) " +
          "either way. `weightA`/`weightB` sum those weights per side; `score` = `√(weightA × weightB) × " +
          "(1 − |alignmentA − alignmentB| / 2)`, where alignment is the pair score with each party: an even-handed " +
          "mediator ranks above one who backs a side. 404 when a party is not in the graph.",
        querystring: MediationQuery,
        response: { 200: MediationResponse, 404: ErrorResponse, ...ERRORS },
      },
    },
    async (request) => analytics.mediation(request.query),
  );

  app.get(
    "/api/analytics/timeline",
    {
      schema: {
        tags: ["analytics"],
        summary: "Evidence counts per day, week or month, by type and polarity",
        description:
          `${WINDOW_NOTE}\n\n` +
          "Scope: everything, one `actor`, or the dyad `a`–`b` (evidence between the two, either direction). " +
          "Weeks are ISO weeks starting on Monday. Empty buckets are included between `from` (else the first " +
          "evidence) and `to` (else the last); at most 4000 buckets.",
        querystring: TimelineQuery,
        response: { 200: TimelineResponse, 404: ErrorResponse, ...ERRORS },
      },
    },
    async (request) => analytics.timeline(request.query),
  );
};
