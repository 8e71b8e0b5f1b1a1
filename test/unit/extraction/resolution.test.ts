/**
 * Actor recognition and resolution: states, metonyms, organisations and their organs,
 * bodies and forces from patterns, dated office holders, discovered people, noisy names
 * resolved with role context, coreference. Own sentences; the test office-holder table.
 */
import { describe, expect, it } from "vitest";
import { extractForTest, run } from "./helpers.js";

interface ActorCase {
  feature: string;
  text: string;
  date?: string;
  name: string;
  kind: string;
  affiliation: string;
}

const ACTORS: readonly ActorCase[] = [
  {
    feature: "state name",
    text: "Azerbaijan said it was ready.",
    name: "Azerbaijan",
    kind: "state",
    affiliation: "AZE",
  },
  {
    feature: "demonym",
    text: "An Azerbaijani statement followed.",
    name: "Azerbaijan",
    kind: "state",
    affiliation: "AZE",
  },
  {
    feature: "capital as metonym",
    text: "Moscow rejected the claim.",
    name: "Russia",
    kind: "state",
    affiliation: "RUS",
  },
  {
    feature: "seat of power as metonym",
    text: "The Kremlin said talks were possible.",
    name: "Russia",
    kind: "state",
    affiliation: "RUS",
  },
  {
    feature: "alternative spelling",
    text: "The DRC closed its border.",
    name: "Democratic Republic of the Congo",
    kind: "state",
    affiliation: "COD",
  },
  { feature: "Kosovo code", text: "Kosovo protested.", name: "Kosovo", kind: "state", affiliation: "XKX" },
  {
    feature: "dotted acronym",
    text: "The U.S. sent envoys.",
    name: "United States",
    kind: "state",
    affiliation: "USA",
  },
  {
    feature: "IGO organ",
    text: "The European Council met in Brussels.",
    name: "European Union",
    kind: "igo",
    affiliation: "EU",
  },
  {
    feature: "UN organ",
    text: "The Security Council met on Friday.",
    name: "United Nations",
    kind: "igo",
    affiliation: "UN",
  },
  {
    feature: "IGO long name",
    text: "The Organization for Security and Cooperation in Europe sent monitors.",
    name: "Organization for Security and Cooperation in Europe",
    kind: "igo",
    affiliation: "OSCE",
  },
  {
    feature: "armed group",
    text: "The Rapid Support Forces took the airport.",
    name: "Rapid Support Forces",
    kind: "group",
    affiliation: "RSF",
  },
  {
    feature: "ministry by demonym",
    text: "The Russian Foreign Ministry issued a note.",
    name: "Russian Foreign Ministry",
    kind: "government_body",
    affiliation: "RUS",
  },
  {
    feature: "ministry by possessive",
    text: "Azerbaijan's Defense Ministry gave figures.",
    name: "Azerbaijani Defense Ministry",
    kind: "government_body",
    affiliation: "AZE",
  },
  {
    feature: "ministry 'of' form",
    text: "The Ministry of Defense of Armenia spoke.",
    name: "Armenian Defense Ministry",
    kind: "government_body",
    affiliation: "ARM",
  },
  {
    feature: "army",
    text: "The Armenian army said it advanced.",
    name: "Armenian Armed Forces",
    kind: "armed_force",
    affiliation: "ARM",
  },
  {
    feature: "coast guard",
    text: "A China Coast Guard vessel approached.",
    name: "Chinese Coast Guard",
    kind: "armed_force",
    affiliation: "CHN",
  },
  {
    feature: "government is the state",
    text: "The Sudanese government rejected the plan.",
    name: "Sudan",
    kind: "state",
    affiliation: "SDN",
  },
  {
    feature: "dated office holder by title",
    text: "The Iranian President spoke on Monday.",
    date: "2020-10-01",
    name: "Hassan Rouhani",
    kind: "person",
    affiliation: "IRN",
  },
  {
    feature: "dated office holder, later term",
    text: "The Iranian President spoke on Monday.",
    date: "2022-10-01",
    name: "Ebrahim Raisi",
    kind: "person",
    affiliation: "IRN",
  },
  {
    feature: "title and name",
    text: "Russian Foreign Minister Sergey Lavrov arrived.",
    name: "Sergey Lavrov",
    kind: "person",
    affiliation: "RUS",
  },
  {
    feature: "discovered person with title",
    text: "Ghanaian Foreign Minister Kwame Mensah Asante arrived.",
    name: "Kwame Mensah Asante",
    kind: "person",
    affiliation: "GHA",
  },
  {
    feature: "discovered person by appositive",
    text: "Lena Okafor, the Nigerian foreign minister, arrived.",
    name: "Lena Okafor",
    kind: "person",
    affiliation: "NGA",
  },
  {
    feature: "noisy name with role context",
    text: "Lavrov spoke with his Azerbaijani counterpart Zhayhoon Bayramof.",
    name: "Jeyhun Bayramov",
    kind: "person",
    affiliation: "AZE",
  },
  {
    feature: "unnamed counterparts are their state",
    text: "Lavrov spoke with his Armenian counterpart.",
    name: "Armenia",
    kind: "state",
    affiliation: "ARM",
  },
];

describe("actor resolution", () => {
  it.each(ACTORS)("$feature: $name", ({ text, date, name, kind, affiliation }) => {
    const { actors } = extractForTest({ text, publishedAt: date ?? "2020-10-01" });
    expect(actors).toContainEqual(expect.objectContaining({ name, kind, affiliation }));
  });

  it("ids are slugs of names", () => {
    const { actors } = extractForTest({
      text: "Mevlut Cavusoglu met officials of the Democratic Republic of the Congo.",
      publishedAt: "2020-10-01",
    });
    for (const a of actors) expect(a.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(actors.map((a) => a.id)).toContain("democratic-republic-of-the-congo");
  });

  it("a mangled name alone, without role context, is not matched to an office holder", () => {
    const { actors } = extractForTest({ text: "Zhayhoon Bayramof said nothing.", publishedAt: "2020-10-01" });
    expect(actors.map((a) => a.name)).not.toContain("Jeyhun Bayramov");
  });

  it("a former office holder does not speak for the state after the term", () => {
    const { actors } = extractForTest({
      text: "The Azerbaijani Foreign Minister met reporters.",
      publishedAt: "2019-01-10",
    });
    expect(actors.map((a) => a.name)).toContain("Elmar Mammadyarov");
    expect(actors.map((a) => a.name)).not.toContain("Jeyhun Bayramov");
  });
});

interface CorefCase {
  feature: string;
  text: string;
  source: string;
  type: string;
  target: string;
}

const COREF: readonly CorefCase[] = [
  {
    feature: "its + body → that state's body",
    text: "China warned Japan. Its Defense Ministry condemned Japan on Sunday.",
    source: "Chinese Defense Ministry",
    type: "CONDEMNS",
    target: "Japan",
  },
  {
    feature: "unnamed officials of a force are their state",
    text: "The EU sanctioned three Rwandan military commanders.",
    source: "European Union",
    type: "SANCTIONS",
    target: "Rwanda",
  },
  {
    feature: "'the X leader' is who leads X on the date",
    text: "Macron condemned the Russian leader.",
    source: "Emmanuel Macron",
    type: "CONDEMNS",
    target: "Vladimir Putin",
  },
  {
    feature: "a speaker named after the verb ('..., says X') voices a stance for the state",
    text: "Russia will support Armenia, says Sergey Lavrov.",
    source: "Sergey Lavrov",
    type: "SUPPORTS",
    target: "Armenia",
  },
  {
    feature: "he → last person",
    text: "Lavrov arrived in Baku. He condemned Armenia.",
    source: "Sergey Lavrov",
    type: "CONDEMNS",
    target: "Armenia",
  },
  {
    feature: "the minister → person with that title",
    text: "Lavrov arrived in Paris. The minister condemned Armenia.",
    source: "Sergey Lavrov",
    type: "CONDEMNS",
    target: "Armenia",
  },
  {
    feature: "the ministry → last ministry",
    text: "The Russian Foreign Ministry issued a note. The ministry condemned Georgia.",
    source: "Russian Foreign Ministry",
    type: "CONDEMNS",
    target: "Georgia",
  },
  {
    feature: "its → nearby state",
    text: "Egypt said its envoys condemned Israel.",
    source: "Egypt",
    type: "CONDEMNS",
    target: "Israel",
  },
  {
    feature: "the two sides → parties",
    text: "Fighting between Armenia and Azerbaijan flared. France urged the two sides to cease fire.",
    source: "France",
    type: "CALLS_FOR_CEASEFIRE",
    target: "Azerbaijan",
  },
  {
    feature: "both countries → each other",
    text: "Clashes between Thailand and Cambodia went on. Both countries accused each other of starting them.",
    source: "Cambodia",
    type: "ACCUSES",
    target: "Thailand",
  },
  {
    feature: "the two leaders → last pair of named leaders",
    text: "Putin met Macron in Paris. The two leaders discussed Syria.",
    source: "Vladimir Putin",
    type: "TALKS_WITH",
    target: "Emmanuel Macron",
  },
  {
    feature: "coordinated subjects → one relation each",
    text: "Putin and Macron called for an immediate ceasefire between Armenia and Azerbaijan.",
    source: "Emmanuel Macron",
    type: "CALLS_FOR_CEASEFIRE",
    target: "Armenia",
  },
  {
    feature: "place held by a state (capital)",
    text: "The Armenian army said it shelled Baku overnight.",
    source: "Armenian Armed Forces",
    type: "ATTACKS",
    target: "Azerbaijan",
  },
  {
    feature: "place named after an attack verb",
    text: "Russian forces shelled Kharkiv overnight.",
    source: "Russian Armed Forces",
    type: "ATTACKS",
    target: "Ukraine",
  },
  {
    feature: "'the city of' place",
    text: "M23 rebels seized the city of Goma on Monday.",
    source: "M23",
    type: "ATTACKS",
    target: "Democratic Republic of the Congo",
  },
  {
    feature: "place name matched without accents",
    text: "Israeli jets struck Khan Yunis.",
    source: "Israeli Armed Forces",
    type: "ATTACKS",
    target: "Palestine",
  },
  {
    feature: "a party's attack on an unknown place hits its opponent",
    text: "Fighting between Armenia and Azerbaijan went on. The Armenian army said it attacked the village of Zzyzxville.",
    source: "Armenian Armed Forces",
    type: "ATTACKS",
    target: "Azerbaijan",
  },
  {
    feature: "a person speaks for their state's stance",
    text: "Cavusoglu said that Turkey will support Azerbaijan.",
    source: "Mevlut Cavusoglu",
    type: "SUPPORTS",
    target: "Azerbaijan",
  },
];

describe("coreference and arguments", () => {
  it.each(COREF)("$feature", ({ text, source, type, target }) => {
    expect(run(text)).toContainEqual(expect.objectContaining({ source, type, target }));
  });
});

describe("what is not an actor or a trigger", () => {
  it("a dateline city is where the story was filed, not an actor", () => {
    const found = run("MOSCOW (Reuters) - Armenian forces shelled Azerbaijan overnight.");
    expect(found).toContainEqual(
      expect.objectContaining({ source: "Armenian Armed Forces", type: "ATTACKS", target: "Azerbaijan" }),
    );
    expect(found.filter((r) => r.source === "Russia" || r.target === "Russia")).toEqual([]);
  });

  it("a demonym used as an adjective is not a subject ('Chinese tourists visited Paris')", () => {
    expect(run("Chinese tourists visited Paris in record numbers.")).toEqual([]);
  });

  it("an organ sharing its organisation's code keeps its own name", () => {
    const { actors } = extractForTest({
      text: "The International Court of Justice ruled against Myanmar.",
      publishedAt: "2020-10-01",
    });
    expect(actors).toContainEqual(expect.objectContaining({ name: "International Court of Justice" }));
  });

  it("a trigger word inside a name does not fire ('Rapid Support Forces')", () => {
    expect(
      run("The Rapid Support Forces and Egypt met in Cairo.").filter((r) => r.type === "SUPPORTS"),
    ).toEqual([]);
  });

  it("an aside set off by commas is not a list ('with X, the minister ...')", () => {
    const found = run(
      "In a phone call with his Armenian counterpart, Zohrab Mnatsakanyan, the Russian Foreign Minister stressed the need for calm.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ source: "Sergey Lavrov", type: "TALKS_WITH", target: "Zohrab Mnatsakanyan" }),
    );
  });

  it("a denied claim is negated", () => {
    expect(run("Iran denied reports that it had sent drones to Russia.")).toContainEqual(
      expect.objectContaining({ source: "Iran", type: "SUPPORTS", target: "Russia", negated: true }),
    );
  });
});

describe("flags and evidence", () => {
  it("negation: 'did not accuse'", () => {
    expect(run("Georgia did not accuse Russia of the attack.")).toContainEqual(
      expect.objectContaining({ type: "ACCUSES", negated: true }),
    );
  });

  it("modality: a planned meeting is future", () => {
    expect(run("Lavrov will meet his Armenian counterpart next week.")).toContainEqual(
      expect.objectContaining({ type: "TALKS_WITH", future: true }),
    );
  });

  it("condition: 'if it asks' is hypothetical", () => {
    expect(run("Turkey will send aid to Azerbaijan if it asks.")).not.toContainEqual(
      expect.objectContaining({ type: "PROVIDES_AID", future: false }),
    );
  });

  it("reported speech keeps the speaker, quotes are flagged", () => {
    const found = run('Cavusoglu said "Armenia is backed by France".');
    expect(found).toContainEqual(
      expect.objectContaining({
        source: "France",
        type: "SUPPORTS",
        target: "Armenia",
        quote: true,
        speaker: "Mevlut Cavusoglu",
      }),
    );
  });

  it("self-relations are dropped", () => {
    expect(run("Russia praised Moscow.").filter((r) => r.type === "PRAISES")).toEqual([]);
  });

  it("evidence offsets index the normalised text exactly", () => {
    const text = "<p>“Russia condemned Georgia,” Lavrov said.</p>\n<p>Turkey praised Azerbaijan — again.</p>";
    const result = extractForTest({ text, publishedAt: "2020-10-01", html: true });
    expect(result.relations.length).toBeGreaterThan(0);
    for (const r of result.relations) {
      expect(result.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.sentence);
      expect(r.evidence.sentence).toContain(r.evidence.trigger);
      expect(r.evidence.confidence).toBeGreaterThan(0);
      expect(r.evidence.confidence).toBeLessThanOrEqual(1);
    }
    expect(result.text).not.toContain("<p>");
  });

  it("every relation names actors that are in the result", () => {
    const result = extractForTest({
      text: "Putin and Macron called on Armenia and Azerbaijan to stop fighting.",
      publishedAt: "2020-10-01",
    });
    const ids = new Set(result.actors.map((a) => a.id));
    for (const r of result.relations) {
      expect(ids).toContain(r.source);
      expect(ids).toContain(r.target);
    }
  });
});
