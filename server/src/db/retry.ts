/**
 * A second line of defence against transient failures (deadlocks between concurrent writers,
 * leader switches) beyond the driver's own retry budget: the whole unit of work runs again.
 */
import { Neo4jError } from "neo4j-driver";

export interface RetryOptions {
  attempts: number;
  /** First back-off; doubles each time, with jitter. */
  delayMs: number;
}

export function isTransient(error: unknown): boolean {
  return error instanceof Neo4jError && (error.retryable || error.code.startsWith("Neo.TransientError."));
}

export async function retryTransient<T>(
  work: () => Promise<T>,
  { attempts, delayMs }: RetryOptions = { attempts: 6, delayMs: 50 },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      const wait = delayMs * 2 ** (attempt - 1) * (0.5 + Math.random());
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
