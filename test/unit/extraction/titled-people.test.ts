/**
 * People introduced by titles the office-holder table does not know: translated titles with a portfolio
 * ("the Minister of the Information of X"), a state given in apposition after the name, ranks before the
 * name, and unknown names that merely contain a known person's surname. Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractForTest, run } from "./helpers.js";

const has = (text: string, source: string, type: string, target: string) =>
  expect(run(text)).toContainEqual(expect.objectContaining({ source, type, target }));
const lacks = (text: string, source: string, type: string, target: string) =>
  expect(run(text)).not.toContainEqual(expect.objectContaining({ source, type, target }));
const affiliationOf = (text: string, name: string) =>
  extractForTest({ text, publishedAt: "2020-10-01" }).actors.find((a) => a.name === name)?.affiliation;

describe("unknown names that contain a known surname", () => {
  it("does not take a word inside a longer unknown name for a known person", () => {
    const text = "Michel Kafando Ouedraogo, who leads the talks, condemned Mali for the raid.";
    lacks(text, "Charles Michel", "CONDEMNS", "Mali");
  });
  it("does not take the last word of an unknown titled name for a known person", () => {
    const text = "The Minister of the Interior of Senegal Ahmadou Kone Michel accused Mali of the incursion.";
    has(text, "Ahmadou Kone Michel", "ACCUSES", "Mali");
    lacks(text, "Charles Michel", "ACCUSES", "Mali");
  });
  it("keeps a known person whose first name is transliterated differently", () => {
    has(
      "Sergej Lavrov called Armenia and Azerbaijan to the calm.",
      "Sergey Lavrov",
      "CALLS_FOR_CEASEFIRE",
      "Armenia",
    );
  });
});

describe("translated titles with a portfolio", () => {
  it("reads 'the Minister of the Information of <State> Name'", () => {
    const text =
      "The Minister of the Information of Senegal Ousmane Sarr accused Mali of the shelling of the post.";
    has(text, "Ousmane Sarr", "ACCUSES", "Mali");
    expect(affiliationOf(text, "Ousmane Sarr")).toBe("SEN");
  });
  it("reads 'the spokesman of the <Demonym> Ministry of Foreign Affairs Name'", () => {
    const text =
      "The spokesman of the Senegalese Ministry of Foreign Affairs Moussa Diop accused Mali of the raid.";
    has(text, "Moussa Diop", "ACCUSES", "Mali");
  });
  it("takes the state from a title in apposition after the name", () => {
    const text =
      "Gambia and Mali traded fire. The General Amadou Keita, the Chief of the Staff of the Senegalese army, condemned Mali for the raid.";
    has(text, "Amadou Keita", "CONDEMNS", "Mali");
    expect(affiliationOf(text, "Amadou Keita")).toBe("SEN");
  });
  it("strips a hyphenated rank before the name", () => {
    const text =
      "The Commander of the Armed Forces of Russia Colonel-General Ivan Petrov accused Georgia of the shelling.";
    has(text, "Ivan Petrov", "ACCUSES", "Georgia");
  });
  it("does not read an organisation after 'the leader of the National' as a portfolio", () => {
    const text = "The leader of the National Front said Mali was to blame.";
    expect(extractForTest({ text, publishedAt: "2020-10-01" }).actors.map((a) => a.name)).not.toContain(
      "Front",
    );
  });
});

describe("translated organisation names", () => {
  it("reads 'the Council of the Security of the UN' as the United Nations", () => {
    has(
      "The Council of the Security of the UN condemned the raid of Mali against Senegal and called the two parties to the restraint.",
      "United Nations",
      "CONDEMNS",
      "Mali",
    );
  });
  it("does not read a state's own 'High Council of Security' as the UN's", () => {
    const text =
      "The High Council of Security chaired by the President of Tunisia accused Libya of arming the smugglers.";
    expect(extractForTest({ text, publishedAt: "2020-10-01" }).actors.map((a) => a.name)).not.toContain(
      "United Nations",
    );
  });
  it("knows UNASUR", () => {
    has(
      "UNASUR offered to mediate between Peru and Chile.",
      "Union of South American Nations",
      "OFFERS_MEDIATION",
      "Peru",
    );
  });
});

describe("plural titles and counterparts", () => {
  it("gives each name after a plural title the title's office ('the foreign ministers, A and B')", () => {
    const text = "The foreign ministers, Jeyhun Bairamov and Zohrab Mnatsakanian, met in Geneva on Friday.";
    has(text, "Jeyhun Bayramov", "TALKS_WITH", "Zohrab Mnatsakanyan");
  });
  it("takes each state from 'A of <State> and B of <State>'", () => {
    const text =
      "The Prime Ministers Jan Novak of Slovakia and Piotr Nowak of Poland met in Vienna on Monday.";
    has(text, "Jan Novak", "TALKS_WITH", "Piotr Nowak");
    expect(affiliationOf(text, "Piotr Nowak")).toBe("POL");
  });
  it("resolves 'his <Demonym> counterpart' to the holder of the same office named earlier", () => {
    const text =
      "The Kenyan Minister of Foreign Affairs Peter Mwangi arrived in Kampala. The Ugandan Minister of Foreign Affairs John Okello welcomed the visit. Mwangi later held a telephone call with his Ugandan counterpart.";
    has(text, "Peter Mwangi", "TALKS_WITH", "John Okello");
  });
});
