/** PostgreSQL's SQLSTATE for a unique constraint violation. */
const UNIQUE_VIOLATION = '23505';

/** The SQLSTATE of a database error (TypeORM wraps the driver's error), or undefined. */
export function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = 'driverError' in error ? (error as { driverError: unknown }).driverError : error;
  return typeof candidate === 'object' && candidate !== null && 'code' in candidate ? String((candidate as { code: unknown }).code) : undefined;
}

/**
 * For `.catch()` after an insert that a concurrent request may have beaten: a duplicate becomes the
 * given user-facing error instead of a server fault; anything else is rethrown unchanged.
 */
export function rethrowUniqueViolation(toError: () => Error) {
  return (error: unknown): never => {
    throw sqlState(error) === UNIQUE_VIOLATION ? toError() : error;
  };
}
