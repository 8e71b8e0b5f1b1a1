/** Graph answers by request URL, so re-deriving a view never refetches what it has. */
import type { GraphResponse } from "../../../server/src/contracts/graph.js";
import type { ApiClient } from "../api.js";
import type { AppState } from "../state.js";
import { type Dataset, mergeResponses, requestsFor } from "./dataset.js";

export interface GraphCache {
  get(url: string): Promise<GraphResponse>;
  /** Everything the state asks for, merged. */
  dataset(state: AppState): Promise<Dataset>;
  /** Forget all answers (after the data changed) and tell the listeners. */
  invalidate(): void;
  /** Bumped by invalidate(): views compare it to know the data changed. */
  readonly version: number;
  onInvalidate(listener: () => void): void;
}

export function createGraphCache(api: ApiClient, max = 60): GraphCache {
  let answers = new Map<string, Promise<GraphResponse>>();
  let version = 0;
  const listeners: (() => void)[] = [];

  function get(url: string): Promise<GraphResponse> {
    const cached = answers.get(url);
    if (cached) {
      answers.delete(url);
      answers.set(url, cached);
      return cached;
    }
    const pending = api.graph(url);
    answers.set(url, pending);
    pending.catch(() => answers.delete(url));
    while (answers.size > max) {
      const oldest = answers.keys().next().value;
      if (oldest === undefined) break;
      answers.delete(oldest);
    }
    return pending;
  }

  return {
    get,
    async dataset(state) {
      const requests = requestsFor(state);
      const [graphs, path] = await Promise.all([
        Promise.all(requests.graph.map(get)),
        requests.path ? get(requests.path) : Promise.resolve(null),
      ]);
      return mergeResponses(graphs, path);
    },
    invalidate() {
      answers = new Map();
      version++;
      for (const listener of listeners) listener();
    },
    get version() {
      return version;
    },
    onInvalidate(listener) {
      listeners.push(listener);
    },
  };
}
