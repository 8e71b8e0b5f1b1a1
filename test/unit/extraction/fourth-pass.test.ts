/**
 * Classes left open by earlier passes and found again on a sixth own-words unseen set (kept outside
 * the repository): a party's appeal to its adversary is a demand, a verb joined to an earlier one
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
  it("reads 'urged <adversary> to stop' by a party as a demand", () => {
    const text = `${CLASH}Paraguay urged Bolivia to stop the shelling of its villages.`;
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
