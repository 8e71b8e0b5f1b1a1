/** Domain errors with stable codes; the API edge maps them to one JSON error shape. */

export type ErrorCode =
  | "VALIDATION_FAILED"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "RATE_LIMITED"
  | "QUERY_TIMEOUT"
  | "DATABASE_UNAVAILABLE"
  | "INTERNAL";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly statusCode: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  constructor(message: string, details?: unknown) {
    super("VALIDATION_FAILED", 400, message, details);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "a valid bearer token is required") {
    super("UNAUTHORIZED", 401, message);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id: string) {
    super("NOT_FOUND", 404, `${what} '${id}' not found`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super("CONFLICT", 409, message);
  }
}

export class DatabaseUnavailableError extends AppError {
  constructor(message = "the graph database is not reachable; try again shortly") {
    super("DATABASE_UNAVAILABLE", 503, message);
  }
}

export class QueryTimeoutError extends AppError {
  constructor(timeoutMs: number) {
    super("QUERY_TIMEOUT", 504, `the query took longer than ${timeoutMs} ms and was stopped; narrow it down`);
  }
}
