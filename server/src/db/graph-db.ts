/**
 * The one driver of the process and the unit-of-work helpers around it: managed
 * transactions with a per-query timeout, driver errors mapped to domain errors.
 */
import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from "neo4j-driver";
import type { Neo4jConnection } from "../config.js";
import { AppError, DatabaseUnavailableError, QueryTimeoutError } from "../errors.js";
import { loadQueries } from "./cypher-files.js";

const UNAVAILABLE = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
]);
const TIMED_OUT = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
]);

export type Tx = ManagedTransaction;

/** A streamed record's values by position: no driver type leaves this module. */
export interface RecordValues {
  get(index: number): unknown;
}

const COMMIT_POINT = loadQueries(["db.commit-point"])["db.commit-point"];

const WRITE_TIMEOUT_FLOOR_MS = 60_000;

export interface ServerInfo {
  address: string;
  version: string;
  edition: string;
}

export class GraphDb {
  private readonly driver: Driver;

  constructor(
    readonly connection: Neo4jConnection,
    readonly queryTimeoutMs: number,
  ) {
    this.driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 3_000,
      maxTransactionRetryTime: 5_000,
      disableLosslessIntegers: false,
    });
  }

  async read<T>(work: (tx: Tx) => Promise<T>, timeoutMs = this.queryTimeoutMs): Promise<T> {
    const session = this.driver.session({
      database: this.connection.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      return await session.executeRead(work, { timeout: timeoutMs });
    } catch (error) {
      throw mapError(error, timeoutMs);
    } finally {
      await session.close();
    }
  }

  /** Writes are one article at a time, bounded by its size: they get at least WRITE_TIMEOUT_FLOOR_MS. */
  async write<T>(
    work: (tx: Tx) => Promise<T>,
    timeoutMs = Math.max(this.queryTimeoutMs, WRITE_TIMEOUT_FLOOR_MS),
  ): Promise<T> {
    const session = this.driver.session({
      database: this.connection.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      return await session.executeWrite(work, { timeout: timeoutMs });
    } catch (error) {
      throw mapError(error, timeoutMs);
    } finally {
      await session.close();
    }
  }

  /**
   * Where the database's history stands: the bookmark the server returns after a read, which
   * names its last committed transaction. Equal points mean nothing was committed in between,
   * by this process or any other (test/integration/evidence-projection.test.ts holds the
   * server to that).
   */
  async commitPoint(): Promise<string> {
    const session = this.driver.session({
      database: this.connection.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      await session.executeRead((tx) => tx.run(COMMIT_POINT), { timeout: this.queryTimeoutMs });
      return session.lastBookmarks().join(",");
    } catch (error) {
      throw mapError(error, this.queryTimeoutMs);
    } finally {
      await session.close();
    }
  }

  /**
   * Streams a read's records into a fold without holding them: `start` makes a fresh
   * accumulator for each attempt (a retried transaction starts over), whose result is returned.
   */
  async fold<T>(
    cypher: string,
    params: Record<string, unknown>,
    start: () => { add(record: RecordValues): void; done(): T },
    timeoutMs = this.queryTimeoutMs,
  ): Promise<T> {
    return this.read(
      (tx) =>
        new Promise<T>((resolve, reject) => {
          const acc = start();
          tx.run(cypher, params).subscribe({
            onNext: (record) => acc.add(record),
            onCompleted: () => resolve(acc.done()),
            onError: reject,
          });
        }),
      timeoutMs,
    );
  }

  /** Runs one statement outside a transaction function: schema commands (CREATE CONSTRAINT…) need this. */
  async run(cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
    try {
      const result = await this.driver.executeQuery(cypher, params, { database: this.connection.database });
      return result.records.map((r) => r.toObject());
    } catch (error) {
      throw mapError(error, this.queryTimeoutMs);
    }
  }

  /** Runs one statement in an implicit (auto-commit) transaction: what `CALL … IN TRANSACTIONS` needs. */
  async runImplicit(
    cypher: string,
    params: Record<string, unknown> = {},
  ): Promise<Record<string, unknown>[]> {
    const session = this.driver.session({ database: this.connection.database });
    try {
      const result = await session.run(cypher, params);
      return result.records.map((r) => r.toObject());
    } catch (error) {
      throw mapError(error, this.queryTimeoutMs);
    } finally {
      await session.close();
    }
  }

  async serverInfo(): Promise<ServerInfo> {
    try {
      const info = await this.driver.getServerInfo({ database: this.connection.database });
      const [row] = await this.run(
        "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
      );
      return {
        address: info.address ?? this.connection.uri,
        version: String(row?.version ?? info.agent ?? "unknown"),
        edition: String(row?.edition ?? "unknown"),
      };
    } catch (error) {
      throw mapError(error, this.queryTimeoutMs);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

export function mapError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE.has(error.code) || error.code === "Neo.ClientError.Security.Unauthorized") {
      return new DatabaseUnavailableError(
        error.code === "Neo.ClientError.Security.Unauthorized"
          ? "the graph database refused our credentials"
          : undefined,
      );
    }
    if (TIMED_OUT.has(error.code)) return new QueryTimeoutError(timeoutMs);
  }
  return error;
}
