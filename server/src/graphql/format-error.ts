import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { AppError } from '../common/errors';

/** Errors of the request itself (bad syntax, unknown field, limits hit): the client's fault, shown as is. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function validationFields(error: ArgumentValidationError): Record<string, string> {
  const fields: Record<string, string> = {};
  const walk = (items: ArgumentValidationError['extensions']['validationErrors'], prefix: string) => {
    for (const item of items) {
      const name = prefix ? `${prefix}.${item.property}` : item.property;
      const first = item.constraints ? Object.values(item.constraints)[0] : undefined;
      if (first) fields[name] = first;
      if (item.children?.length) walk(item.children, name);
    }
  };
  walk(error.extensions.validationErrors, '');
  return fields;
}

/** True when an error is one we raised on purpose or one about the request; false for a server fault. */
export function isExpectedError(error: unknown): boolean {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof AppError || original instanceof ArgumentValidationError) return true;
  return original instanceof GraphQLError && !original.originalError;
}

/**
 * The one mapping from thrown errors to what the client sees. Server faults are masked here and logged,
 * with the request id, by the logging plugin.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof AppError) return { ...formatted, message: original.message, extensions: original.extensions };
  if (original instanceof ArgumentValidationError) {
    const fields = validationFields(original);
    const first = Object.entries(fields)[0];
    return {
      ...formatted,
      message: first ? `${first[0]}: ${first[1]}` : 'The input is not valid.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'VALIDATION', fields },
    };
  }
  const code = formatted.extensions?.code;
  if ((typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) || isExpectedError(error)) {
    // Raised by graphql-js or a plugin about the request itself (syntax, unknown field, a cost limit).
    return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
  }
  return { message: 'Something went wrong on the server. Please try again.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
