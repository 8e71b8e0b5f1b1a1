/**
 * Classes found on an eighth own-words unseen set (kept outside the repository): an agreement to stop
 * fighting with a day between verb and infinitive ("agreed on Monday to end ..."), a ceremony or signing
 * "hosted by" a third party, frozen assets and halted arms deliveries as
 * sanctions. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

const has = (text: string, source: string, type: string, target: string) =>
  expect(run(text)).toContainEqual(expect.objectContaining({ source, type, target }));
const lacks = (text: string, source: string, type: string, target: string) =>
  expect(run(text)).not.toContainEqual(expect.objectContaining({ source, type, target }));

describe("agreeing to stop fighting", () => {
  it("reads 'agreed on Monday to end ... fighting' as a mutual truce", () => {
    const text =
      "Eritrea and Djibouti agreed on Monday to end three weeks of the bloodiest border fighting in years.";
    has(text, "Eritrea", "DECLARES_CEASEFIRE", "Djibouti");
    has(text, "Djibouti", "DECLARES_CEASEFIRE", "Eritrea");
  });
  it("does not read 'agreed on Monday to expand trade' as a truce", () => {
    lacks("Chile and Peru agreed on Monday to expand trade.", "Chile", "DECLARES_CEASEFIRE", "Peru");
  });
});

describe("talks and ceremonies hosted by a third party", () => {
  it("reads 'a ceremony hosted by' as mediation between the signing sides", () => {
    const text = "Ethiopia and Eritrea signed a peace accord in a ceremony hosted by Saudi Arabia in Jeddah.";
    has(text, "Saudi Arabia", "MEDIATES", "Ethiopia");
    has(text, "Saudi Arabia", "MEDIATES", "Eritrea");
  });
});

describe("frozen assets and halted arms deliveries", () => {
  it("reads 'froze Libyan assets' as a sanction on that state", () => {
    has("Canada froze Libyan assets on Friday.", "Canada", "SANCTIONS", "Libya");
  });
  it("reads 'ordered Syrian government assets frozen' as a sanction", () => {
    has("Australia ordered Syrian government assets in its banks frozen.", "Australia", "SANCTIONS", "Syria");
  });
  it("reads 'halted arms deliveries to' as a sanction on the recipient", () => {
    has("Germany halted arms deliveries to Turkey last week.", "Germany", "SANCTIONS", "Turkey");
  });
  it("does not make frozen assets of a private name a sanction", () => {
    const found = run("Norway froze Nordic Fund assets after the audit.");
    expect(found.filter((r) => r.type === "SANCTIONS")).toEqual([]);
  });
});
