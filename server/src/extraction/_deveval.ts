import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { prf, scoreActors, scoreCountry } from "/work/main/server/src/cli/scoring.js";
import { createExtractor } from "/work/main/server/src/extraction/extractor.js";
import { extract as realExtract } from "/work/main/server/src/extraction/pipeline.js";
import { TEST_OFFICE_HOLDERS } from "/work/main/test/fixtures/extraction/office-holders.js";

const extract = process.argv.includes("--test-table")
  ? createExtractor({ officeHolders: TEST_OFFICE_HOLDERS })
  : realExtract;
const dir = process.argv[2]!;
const verbose = process.argv.includes("-v");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
const C = { tp: 0, fp: 0, fn: 0 },
  A = { tp: 0, fp: 0, fn: 0 };
for (const f of readdirSync(dir).sort()) {
  if (only && !f.includes(only)) continue;
  const d = JSON.parse(readFileSync(join(dir, f), "utf8"));
  const r = extract({ text: d.text, publishedAt: d.publishedAt });
  const c = scoreCountry(d.gold, r),
    a = scoreActors(d.gold, r);
  for (const k of ["tp", "fp", "fn"] as const) {
    C[k] += c[k];
    A[k] += a[k];
  }
  const pc = prf(c),
    pa = prf(a);
  console.log(
    `${f} country F1 ${pc.f1.toFixed(2)} P ${pc.p.toFixed(2)} R ${pc.r.toFixed(2)} | actor F1 ${pa.f1.toFixed(2)}`,
  );
  if (verbose) {
    for (const m of c.misses) console.log("   MISS", m.label);
    for (const m of c.falsePositives) console.log("   FP  ", m.label, "|", m.sentence?.slice(0, 140));
    if (process.argv.includes("-a")) {
      for (const m of a.misses) console.log("   aMISS", m.label);
      for (const m of a.falsePositives) console.log("   aFP  ", m.label);
    }
  }
}
const pc = prf(C),
  pa = prf(A);
console.log(
  `OVERALL country P ${pc.p.toFixed(3)} R ${pc.r.toFixed(3)} F1 ${pc.f1.toFixed(3)} | actor P ${pa.p.toFixed(3)} R ${pa.r.toFixed(3)} F1 ${pa.f1.toFixed(3)}`,
);
