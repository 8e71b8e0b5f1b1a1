/**
 * Classes left open by earlier passes and found again on a sixth own-words unseen set (kept outside
 * the repository): a party's appeal to its adversary to withdraw is a demand, a verb joined to an earlier one
 * shares its subject, and office holders of 2000–2014 speak for their states. Sentences are written
 * for these tests.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../../server/src/extraction/pipeline.js";
import { named, run } from "./helpers.js";

const has = (text: string, source: string, type: string, target: string) =>
  expect(run(text)).toContainEqual(expect.objectContaining({ source, type, target }));
const lacks = (text: string, source: string, type: string, target: string) =>
  expect(run(text)).not.toContainEqual(expect.objectContaining({ source, type, target }));

const CLASH = "Clashes erupted between Bolivia and Paraguay on Monday. ";

describe("a party's appeal to its adversary", () => {
  it("reads 'called on <adversary> to withdraw' by a party as a demand", () => {
    const text = `${CLASH}Bolivia called on Paraguay to withdraw its troops from the border post.`;
    has(text, "Bolivia", "DEMANDS", "Paraguay");
    lacks(text, "Bolivia", "CALLS_FOR_CEASEFIRE", "Paraguay");
  });
  it("keeps 'urged <adversary> to stop' by a party an appeal (no concrete demand)", () => {
    const text = `${CLASH}Paraguay urged Bolivia to stop the shelling of its villages.`;
    has(text, "Paraguay", "CALLS_FOR_CEASEFIRE", "Bolivia");
    lacks(text, "Paraguay", "DEMANDS", "Bolivia");
  });
  it("reads 'urged <adversary> to pull back' by a party as a demand", () => {
    const text = `${CLASH}Paraguay urged Bolivia to pull back its patrols from the river.`;
    has(text, "Paraguay", "DEMANDS", "Bolivia");
  });
  it("keeps a third party's appeal an appeal", () => {
    const text = `${CLASH}Chile urged Paraguay to withdraw its troops from the border post.`;
    has(text, "Chile", "CALLS_FOR_CEASEFIRE", "Paraguay");
    lacks(text, "Chile", "DEMANDS", "Paraguay");
  });
});

describe("a second verb shares the first verb's subject", () => {
  it("gives 'X accused Y of ..., and demanded' to X", () => {
    const text = `${CLASH}Bolivia accused Paraguay of moving troops into the disputed area, and demanded their withdrawal.`;
    has(text, "Bolivia", "DEMANDS", "Paraguay");
    lacks(text, "Paraguay", "DEMANDS", "Bolivia");
  });
  it("gives 'X condemned the Y raid and also criticised Z' to X", () => {
    const text = `${CLASH}Chile condemned the Paraguayan raid and also criticised Bolivia's response.`;
    has(text, "Chile", "CONDEMNS", "Bolivia");
    lacks(text, "Paraguay", "CONDEMNS", "Bolivia");
  });
});

describe("object-first clauses", () => {
  it("gives ', an offer X rejected' to X against the one who made it", () => {
    const text = "Bolivia proposed arbitration at The Hague, an offer Paraguay rejected on Tuesday.";
    has(text, "Paraguay", "REJECTS", "Bolivia");
  });
  it("gives ', a move X condemned' to X against the main clause's subject", () => {
    const text =
      "Chile moved two warships to the disputed bay near Bolivia, a move Peru condemned as a provocation.";
    has(text, "Peru", "CONDEMNS", "Chile");
    lacks(text, "Peru", "CONDEMNS", "Bolivia");
  });
  it("reads ', a position that X rejected' the same way", () => {
    has(
      "Peru backed the Chilean plan for the corridor, a position that Bolivia rejected.",
      "Bolivia",
      "REJECTS",
      "Peru",
    );
  });
});

describe("translated wordings of ruptures and offers", () => {
  it("reads 'announced the severing of its relations with X' as a sanction", () => {
    has(
      "Bolivia has announced the severing of its diplomatic relations with Paraguay on Sunday.",
      "Bolivia",
      "SANCTIONS",
      "Paraguay",
    );
  });
  it("reads 'decided to downgrade the level of the representation with X' as a sanction", () => {
    has(
      "Peru decided to downgrade the level of the representation with Chile.",
      "Peru",
      "SANCTIONS",
      "Chile",
    );
  });
  it("reads 'the readiness of X to facilitate the dialogue' as an offer of mediation", () => {
    const text = `${CLASH}Chile expressed the readiness of Peru to facilitate the dialogue between them.`;
    has(text, "Chile", "OFFERS_MEDIATION", "Bolivia");
  });
  it("reads 'offered the good offices of the Union' as an offer of mediation", () => {
    const text = `${CLASH}Peru expressed concern and offered the good offices of the Union to the two sides.`;
    has(text, "Peru", "OFFERS_MEDIATION", "Paraguay");
  });
  it("gives a participle after a comma ('X condemned Y, calling on') to X", () => {
    const text = `${CLASH}Chile condemned Paraguay, calling on both sides to exercise restraint.`;
    has(text, "Chile", "CALLS_FOR_CEASEFIRE", "Bolivia");
    lacks(text, "Paraguay", "CALLS_FOR_CEASEFIRE", "Bolivia");
  });
});

describe("appeal wordings", () => {
  it("reads 'avoid any actions which could exacerbate' as a de-escalation appeal", () => {
    const text = `${CLASH}Chile called upon both countries to avoid any actions which could exacerbate the situation.`;
    has(text, "Chile", "CALLS_FOR_CEASEFIRE", "Paraguay");
  });
  it("reads 'resolve the standoff peacefully' and 'prioritise direct communication' as calls for talks", () => {
    has(
      `${CLASH}Peru urged both countries to resolve the standoff peacefully.`,
      "Peru",
      "CALLS_FOR_TALKS",
      "Bolivia",
    );
    has(
      `${CLASH}Peru encouraged them to prioritise direct communication.`,
      "Peru",
      "CALLS_FOR_TALKS",
      "Paraguay",
    );
  });
  it("reads 'Kiev' as Ukraine", () => {
    has(
      "Poland urged Moscow and Kiev to settle their dispute through negotiation.",
      "Poland",
      "CALLS_FOR_TALKS",
      "Ukraine",
    );
  });
});

describe("office holders of 2000-2014", () => {
  const people = (text: string, publishedAt: string) =>
    named(extract({ text, publishedAt })).map((r) => `${r.source} ${r.type} ${r.target}`);
  it("knows a 2008 president of Russia and of Georgia", () => {
    const found = people(
      "President Dmitry Medvedev accused Mikheil Saakashvili of aggression against South Ossetia.",
      "2008-08-12",
    );
    expect(found).toContain("Dmitry Medvedev ACCUSES Mikheil Saakashvili");
  });
  it("knows a 2006 UN Secretary-General", () => {
    const found = people("Kofi Annan condemned Syria for the attack on the border post.", "2006-07-20");
    expect(found).toContain("Kofi Annan CONDEMNS Syria");
  });
  it("dates the terms: Medvedev is prime minister, not president, in 2013", () => {
    const result = extract({
      text: "Dmitry Medvedev met Angela Merkel in Berlin.",
      publishedAt: "2013-06-01",
    });
    expect(result.actors.find((a) => a.name === "Dmitry Medvedev")?.role).toBe("Prime Minister of Russia");
  });
});
