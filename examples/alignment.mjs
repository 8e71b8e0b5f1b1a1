#!/usr/bin/env node
/**
 * Who stands with whom, and who mediates, from the diplograph API — Node 20+, no dependencies.
 *
 *   node examples/alignment.mjs [FROM] [TO]          e.g. 2020-09-27 2020-11-10
 *   DIPLOGRAPH_URL=http://host:8080 node examples/alignment.mjs
 *
 * Prints the country blocs and the strongest pairs of a window, the most conflictual dyad's
 * mediators with one sentence each, and saves the country graph's edges as edges.csv.
 */
import { writeFile } from "node:fs/promises";

const BASE = process.env.DIPLOGRAPH_URL ?? "http://localhost:8080";
const [from, to] = process.argv.slice(2);
const window = new URLSearchParams({ level: "country", ...(from ? { from } : {}), ...(to ? { to } : {}) });

async function get(path, params, as = "json") {
  const res = await fetch(`${BASE}${path}?${params}`);
  if (!res.ok) {
    // Every error has one shape: { error: { code, message, details?, requestId } }.
    const { error } = await res.json();
    throw new Error(`${path}: ${res.status} ${error.code}: ${error.message}`);
  }
  return as === "json" ? res.json() : res.text();
}

async function main() {
  const alignment = await get("/api/analytics/alignment", window);
  const label = new Map(alignment.actors.map((a) => [a.id, a.label]));
  console.log(
    `Blocs ${from ?? "…"} → ${to ?? "…"} (balance: ${alignment.balance.balanced} of ${alignment.balance.triangles} signed triangles)`,
  );
  for (const bloc of alignment.blocs)
    console.log(`  bloc ${bloc.bloc}: ${bloc.members.map((id) => label.get(id) ?? id).join(", ")}`);
  console.log("Strongest pairs (score in (−1, 1): − hostile, + aligned)");
  for (const p of alignment.pairs.slice(0, 5))
    console.log(
      `  ${label.get(p.a) ?? p.a} – ${label.get(p.b) ?? p.b}: ${p.score.toFixed(2)} (${p.evidenceCount} statements)`,
    );

  const { dyads } = await get(
    "/api/analytics/dyads",
    new URLSearchParams({ ...Object.fromEntries(window), limit: "1" }),
  );
  if (dyads.length > 0) {
    const [{ a, b }] = dyads;
    const mediation = await get(
      "/api/analytics/mediation",
      new URLSearchParams({
        ...Object.fromEntries(window),
        a: a.id,
        b: b.id,
        limit: "5",
        evidencePerSide: "1",
      }),
    );
    console.log(`Mediators between ${a.label} and ${b.label}`);
    for (const m of mediation.mediators) {
      const [sample] = [...m.evidence.a, ...m.evidence.b];
      console.log(`  ${m.label} (${m.score.toFixed(2)})${sample ? `: “${sample.sentence}”` : ""}`);
    }
  }

  const csv = await get(
    "/api/graph/neighborhood",
    new URLSearchParams({ ...Object.fromEntries(window), format: "csv", part: "edges" }),
    "text",
  );
  await writeFile("edges.csv", csv);
  console.log(`edges.csv: ${csv.trim().split("\n").length - 1} edges`);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
