/**
 * Relation wordings found wanting on a fifth own-words unseen set (kept outside the repository):
 * congratulating "the two presidents" after a deal, leading consultations between delegations,
 * ultimatums to envoys, solidarity in translated wording, headline nouns read as verbs, and
 * relative clauses whose subject is no actor. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

const has = (text: string, source: string, type: string, target: string) =>
  expect(run(text)).toContainEqual(expect.objectContaining({ source, type, target }));
const lacks = (text: string, source: string, type: string, target: string) =>
  expect(run(text)).not.toContainEqual(expect.objectContaining({ source, type, target }));

const DEAL = "Bolivia and Paraguay signed a border agreement in Lima on Friday. ";

describe("praise for the two sides of a deal", () => {
  it("reads 'congratulated the two presidents' as praise of both sides", () => {
    const text = `${DEAL}Canada congratulated the two presidents on the outcome.`;
    has(text, "Canada", "PRAISES", "Bolivia");
    has(text, "Canada", "PRAISES", "Paraguay");
  });
  it("reads 'congratulated both ministers' the same way", () => {
    const text = `${DEAL}Norway, which attended the signing, congratulated both ministers.`;
    has(text, "Norway", "PRAISES", "Paraguay");
  });
});

describe("mediation wordings", () => {
  it("reads 'led the consultations between the two delegations' as mediation", () => {
    const text = `${DEAL}Peru, which led the consultations between the two delegations, called it a success.`;
    has(text, "Peru", "MEDIATES", "Bolivia");
    has(text, "Peru", "MEDIATES", "Paraguay");
  });
  it("reads 'the readiness of X to render assistance in the settlement' as an offer", () => {
    const text =
      "Clashes erupted between Bolivia and Paraguay on Monday. Chile expressed its readiness to render assistance in the settlement.";
    has(text, "Chile", "OFFERS_MEDIATION", "Bolivia");
  });
});

describe("ultimatums to envoys", () => {
  it("reads 'ordered the X ambassador to leave' as an expulsion", () => {
    has(
      "Bolivia ordered the Paraguayan ambassador to leave the country within 48 hours.",
      "Bolivia",
      "SANCTIONS",
      "Paraguay",
    );
  });
  it("reads 'gave the envoy of X three days to leave' as an expulsion", () => {
    has(
      "On Sunday Bolivia gave the envoy of Paraguay three days to leave.",
      "Bolivia",
      "SANCTIONS",
      "Paraguay",
    );
  });
});

describe("solidarity in translated wording", () => {
  it("reads 'expressed the solidarity of X with Y' as support", () => {
    has(
      "Chile expressed the solidarity of Santiago with the brotherly Bolivia.",
      "Chile",
      "SUPPORTS",
      "Bolivia",
    );
  });
  it("reads 'stood in solidarity with' as support", () => {
    has("Peru said it stood in solidarity with Bolivia.", "Peru", "SUPPORTS", "Bolivia");
  });
});

describe("nouns that are not verbs", () => {
  it("does not read a headline's 'the Bolivian Attack, and Lima ...' as an attack on Lima", () => {
    lacks(
      "Asuncion Recalls its Envoy after the Bolivian Attack, and Lima Calls to Calm",
      "Bolivia",
      "ATTACKS",
      "Peru",
    );
  });
});

describe("relative clauses", () => {
  it("gives a verb after 'terrorists who' no actor subject", () => {
    lacks(
      "Bolivia accused Paraguay of sheltering rebels who threaten Bolivia's territorial integrity.",
      "Paraguay",
      "THREATENS",
      "Bolivia",
    );
  });
});

describe("demands, raids and summonses", () => {
  it("reads a call for the release of people held by X as a demand on X", () => {
    has(
      "Chile called for the immediate release of the fishermen detained by Peru.",
      "Chile",
      "DEMANDS",
      "Peru",
    );
  });
  it("reads 'stormed' as an attack, and a later condemnation of 'the raid' as aimed at the raider", () => {
    const text = "Bolivian troops stormed a Paraguayan outpost at dawn. The OAS denounced the raid.";
    has(text, "Bolivian Armed Forces", "ATTACKS", "Paraguay");
    has(text, "Organization of American States", "CONDEMNS", "Bolivian Armed Forces");
  });
  it("does not read 'stormed out of the meeting' as an attack", () => {
    lacks(
      "The Bolivian delegation stormed out of the meeting with Paraguay.",
      "Bolivia",
      "ATTACKS",
      "Paraguay",
    );
  });
  it("gives a passive summons no condemnation by the envoy's own state", () => {
    lacks("The ambassador of Bolivia was summoned to the ministry in Lima.", "Bolivia", "CONDEMNS", "Peru");
  });
});

describe("agreements merely mentioned", () => {
  it("does not read a breach of an existing agreement between X and Y as a new agreement", () => {
    lacks(
      "Peru warned Bolivia that the tariffs violate the trade agreement between Peru and Bolivia.",
      "Peru",
      "AGREES_WITH",
      "Bolivia",
    );
  });
  it("still reads 'the agreement signed between X and Y' as an agreement", () => {
    has("The agreement signed between Peru and Bolivia ends the dispute.", "Peru", "AGREES_WITH", "Bolivia");
  });
});
