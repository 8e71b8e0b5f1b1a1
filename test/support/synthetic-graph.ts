/** The synthetic graph of bench/synthetic.ts, small, written through GraphLoader: for tests that need volume. */
import { syntheticActors, syntheticArticles } from "../../bench/synthetic.js";
import type { GraphDb } from "../../server/src/db/graph-db.js";
import { GraphLoader } from "./graph-fixture.js";

export interface SyntheticSize {
  actors: number;
  articles: number;
  relationsPerArticle: number;
  seed: number;
  years: number;
}

export async function loadSyntheticGraph(db: GraphDb, size: SyntheticSize): Promise<void> {
  const { actors, represents } = syntheticActors(size.actors, size.seed);
  const loader = new GraphLoader(db, 5_000);
  await loader.actors(
    actors,
    [...represents.entries()].map(([from, to]) => ({ from, to })),
  );
  for (const a of syntheticArticles(size)) await loader.article(a.meta, a.result);
  await loader.finish();
}
