/** Configuration, parsed once from the environment; fails listing every problem. */
import { z } from "zod";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);

const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === "" ? undefined : v));

const ConfigSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    HOST: z.string().trim().min(1).default("127.0.0.1"),
    NEO4J_URI: optionalString.pipe(
      z
        .string()
        .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, "must be a bolt:// or neo4j:// URI (optionally +s/+ssc)")
        .optional(),
    ),
    NEO4J_USER: z.string().trim().min(1).default("neo4j"),
    NEO4J_PASSWORD: optionalString,
    NEO4J_DATABASE: z.string().trim().min(1).default("neo4j"),
    NEO4J_LOCAL_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
    NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    API_TOKEN: optionalString.pipe(z.string().min(16, "must be at least 16 characters").optional()),
    LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
    CORS_ORIGINS: optionalString,
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(100_000_000).default(2_000_000),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    SEED_ON_START: z.enum(["true", "false"]).default("true"),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({
        code: "custom",
        path: ["NEO4J_PASSWORD"],
        message: "is required when NEO4J_URI is set",
      });
    }
    if (!LOOPBACK.has(env.HOST) && !env.API_TOKEN) {
      ctx.addIssue({
        code: "custom",
        path: ["HOST"],
        message: `binding to ${env.HOST} needs API_TOKEN: without a token the server only listens on loopback`,
      });
    }
  });

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface Config {
  port: number;
  host: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Absent: the project runs its own local Neo4j on `localBoltPort`. */
  neo4j: Neo4jConnection | undefined;
  neo4jDatabase: string;
  localBoltPort: number;
  queryTimeoutMs: number;
  apiToken: string | undefined;
  /** Origins allowed by CORS; empty means same-origin only. */
  corsOrigins: string[];
  bodyLimitBytes: number;
  rateLimitPerMinute: number;
  seedOnStart: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".") || "(env)"}: ${i.message}`));
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    neo4j:
      e.NEO4J_URI && e.NEO4J_PASSWORD
        ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
        : undefined,
    neo4jDatabase: e.NEO4J_DATABASE,
    localBoltPort: e.NEO4J_LOCAL_BOLT_PORT,
    queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
    apiToken: e.API_TOKEN,
    corsOrigins: (e.CORS_ORIGINS ?? "")
      .split(",")
      .map((o) => o.trim())
      .filter((o) => o !== ""),
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    seedOnStart: e.SEED_ON_START === "true",
  };
}
