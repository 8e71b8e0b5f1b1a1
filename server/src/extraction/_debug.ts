import { readFileSync } from "node:fs";
import { OFFICE_HOLDERS as TEST_OFFICE_HOLDERS } from "./gazetteer/people.js";
import { buildPersonIndex } from "./gazetteer/persons.js";
import { findParties, resolveCoreference } from "./stages/coref.js";
import { findMentions } from "./stages/mentions.js";
import { normalizeText } from "./stages/normalize.js";
import { splitSentences } from "./stages/sentences.js";
import { phraseKey, tokenize } from "./stages/tokens.js";

const d = JSON.parse(readFileSync(process.argv[2]!, "utf8"));
const text = normalizeText(d.text, false);
const persons = buildPersonIndex(TEST_OFFICE_HOLDERS, d.publishedAt, phraseKey);
const sents = splitSentences(text);
const ctx = { persons, known: new Map() };
const ms = sents.map((s) => findMentions(s.text, tokenize(s.text), ctx as never));
const parties = findParties(sents, ms);
console.log(
  "PARTIES",
  parties?.map((p) => p.name),
);
const res = resolveCoreference(sents, ms, persons, parties);
sents.forEach((s, i) => {
  console.log("\n#", s.text);
  for (const m of res[i]!)
    console.log(
      "   ",
      JSON.stringify(m.text),
      "->",
      m.actors.map((a) => `${a.name}/${a.affiliation}/${a.kind}`).join(" + "),
      m.via,
      m.possessive ? "POS" : "",
    );
});
