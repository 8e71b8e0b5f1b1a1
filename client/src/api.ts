/**
 * The explorer's only door to the server. Shapes follow server/src/contracts where they
 * exist; the rest are read tolerantly so a field the server adds never breaks the page.
 */
import type { GraphResponse, Level } from "../../server/src/contracts/graph.js";
import type { ExtractionResult } from "../../server/src/domain/extraction.js";
import type { RelationType } from "../../server/src/domain/relations.js";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export interface ActorHit {
  id: string;
  name: string;
  kind: string;
  affiliation: string;
  role?: string;
  aliases: string[];
  evidenceCount?: number;
  /** The alias the query matched, when it was not the name. */
  matched?: string;
}

export interface Counterpart {
  id: string;
  name: string;
  count: number;
  types: RelationType[];
}

export interface ActorDetails extends ActorHit {
  /** "Foreign Minister of Russia (2004-03-09 – )" */
  roles: { role: string; of: string; from?: string; to?: string }[];
  memberOf: string[];
  /** Evidence by relation type, both directions. */
  countsByType: Partial<Record<RelationType, number>>;
  counterparts: Counterpart[];
}

export interface Named {
  id: string;
  name: string;
}

export interface EvidenceItem {
  id: string;
  sentence: string;
  trigger: string;
  start: number;
  end: number;
  confidence: number;
  source?: Named;
  target?: Named;
  speaker?: Named | null;
  negated?: boolean;
  future?: boolean;
  quote?: boolean;
  article: { id: string; title: string; outlet?: string; url?: string | null; publishedAt?: string };
}

export interface EvidencePage {
  items: EvidenceItem[];
  total: number;
}

export interface ArticleRelation {
  id: string;
  relationId?: string;
  type: RelationType;
  source: Named;
  target: Named;
  sentence?: string;
  /** The sentence's offsets in the article text. */
  start: number;
  end: number;
  trigger: string;
  confidence: number;
  negated?: boolean;
  future?: boolean;
}

export interface ArticleDetails {
  id: string;
  title: string;
  source?: string | null;
  url?: string | null;
  publishedAt?: string;
  text: string;
  relations: ArticleRelation[];
}

export interface ArticleInput {
  title: string;
  url?: string;
  source: string;
  publishedAt: string;
  text: string;
}

export interface SaveResult {
  status: "created" | "updated" | "unchanged" | string;
  article: { id: string; title?: string };
  actors: { id: string; name: string }[];
  relations: { id: string; source: string; target: string }[];
  warnings: string[];
}

export interface GraphQuery {
  actor?: string;
  depth?: number;
  level: Level;
  from?: string;
  to?: string;
  limit?: number;
}

type Fetch = typeof fetch;

export interface ApiClientOptions {
  base?: string;
  fetch?: Fetch;
}

/** `?a=1&b=x` from the defined values, in the order given: the same query gives the same key. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") q.set(key, String(value));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

export function graphUrl(query: GraphQuery): string {
  return `/api/graph/neighborhood${queryString({
    actor: query.actor,
    depth: query.actor ? query.depth : undefined,
    level: query.level,
    from: query.from,
    to: query.to,
    limit: query.limit,
  })}`;
}

export function pathUrl(from: string, to: string): string {
  return `/api/graph/path${queryString({ from, to })}`;
}

function asArray<T>(value: unknown, key: string): T[] {
  if (Array.isArray(value)) return value as T[];
  if (value && typeof value === "object" && Array.isArray((value as Record<string, unknown>)[key])) {
    return (value as Record<string, T[]>)[key] ?? [];
  }
  return [];
}

export function createApiClient(options: ApiClientOptions = {}) {
  const base = options.base ?? "";
  const doFetch: Fetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function request<T>(path: string, init?: RequestInit): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, init);
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") throw error;
      throw new ApiError(0, "NETWORK", "The server cannot be reached.");
    }
    const text = await response.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = null;
    }
    if (!response.ok) {
      const err = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
      throw new ApiError(
        response.status,
        err?.code ?? `HTTP_${response.status}`,
        err?.message ?? `${response.status} ${response.statusText}`,
        err?.details,
      );
    }
    return body as T;
  }

  function json(method: string, body: unknown, token?: string | null): RequestInit {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (token) headers.authorization = `Bearer ${token}`;
    return { method, headers, body: JSON.stringify(body) };
  }

  return {
    get: <T>(path: string, signal?: AbortSignal) => request<T>(path, { signal: signal ?? null }),
    graph: (url: string, signal?: AbortSignal) => request<GraphResponse>(url, { signal: signal ?? null }),
    async searchActors(q: string, signal?: AbortSignal): Promise<ActorHit[]> {
      const body = await request<unknown>(`/api/actors${queryString({ q, limit: 10 })}`, {
        signal: signal ?? null,
      });
      const needle = q.toLowerCase();
      return asArray<ActorHit>(body, "items").map((a) => {
        const aliases = a.aliases ?? [];
        const matched = a.name.toLowerCase().includes(needle)
          ? undefined
          : aliases.find((alias) => alias.toLowerCase().includes(needle));
        return { ...a, aliases, ...(matched ? { matched } : {}) };
      });
    },
    /** At country level a node is an affiliation code: the actor that is that state, organisation or group. */
    async actorForCode(code: string): Promise<string | null> {
      const body = await request<{ items?: ActorHit[] }>(
        `/api/actors${queryString({ affiliation: code, limit: 50 })}`,
      );
      const items = body.items ?? [];
      return (items.find((a) => ["state", "igo", "group"].includes(a.kind)) ?? items[0])?.id ?? null;
    },
    async actor(id: string): Promise<ActorDetails> {
      type Ref = { id: string; name: string };
      type Tie = { actor: Ref; role?: string; from?: string; to?: string };
      const body = await request<{
        actor: ActorHit;
        represents?: Tie[];
        memberOf?: Ref[];
        counts?: { type: RelationType; evidence: number }[];
        topCounterparts?: (Ref & { evidenceCount: number; types?: RelationType[] })[];
      }>(`/api/actors/${encodeURIComponent(id)}`);
      const countsByType: Partial<Record<RelationType, number>> = {};
      for (const c of body.counts ?? []) countsByType[c.type] = (countsByType[c.type] ?? 0) + c.evidence;
      return {
        ...body.actor,
        aliases: body.actor.aliases ?? [],
        roles: (body.represents ?? []).map((t) => ({
          role: t.role ?? "represents",
          of: t.actor.name,
          ...(t.from ? { from: t.from } : {}),
          ...(t.to ? { to: t.to } : {}),
        })),
        memberOf: (body.memberOf ?? []).map((m) => m.name),
        countsByType,
        counterparts: (body.topCounterparts ?? []).map((c) => ({
          id: c.id,
          name: c.name,
          count: c.evidenceCount,
          types: c.types ?? [],
        })),
      };
    },
    async evidence(relationId: string): Promise<EvidencePage> {
      const body = await request<{ items?: EvidenceItem[]; total?: number }>(
        `/api/relations/${encodeURIComponent(relationId)}/evidence?limit=200`,
      );
      const items = body.items ?? [];
      return { items, total: body.total ?? items.length };
    },
    article: (id: string) => request<ArticleDetails>(`/api/articles/${encodeURIComponent(id)}`),
    extract: (input: ArticleInput) => request<ExtractionResult>("/api/extract", json("POST", input)),
    saveArticle: (input: ArticleInput, token: string | null) =>
      request<SaveResult>("/api/articles", json("POST", input, token)),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
