import { createExtractor } from "./extractor.js";
import { TEST_OFFICE_HOLDERS } from "../../../test/fixtures/extraction/office-holders.js";
import { extract } from "./pipeline.js";
const ex = process.env.REAL ? extract : createExtractor({ officeHolders: TEST_OFFICE_HOLDERS });
for (const text of process.argv.slice(2)) {
  const r = ex({ text, publishedAt: process.env.DATE ?? "2020-10-01" });
  const n = (id: string) => r.actors.find((a) => a.id === id)?.name ?? id;
  console.log(">>", text, "\n   actors:", r.actors.map((a) => a.name).join(", "));
  for (const x of r.relations) console.log("  ", n(x.source), x.type, n(x.target), x.evidence.rule, x.evidence.negated ? "NEG" : "", x.evidence.future ? "FUT" : "");
}
