import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type ExecutionArgs, type GraphQLSchema, type ValidationRule } from 'graphql';
import { QUERY_LIMITS } from './apollo';
import { operationCost, QUERY_COST } from './query-cost';

export interface WebSocketPayload {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

const refuse = (message: string) => [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } })];

/**
 * The WebSocket serves live updates only: a subscription, held to the same limits as a request over HTTP
 * (tokens, the validation rules with depth, aliases and directives, cost). Apollo never sees these operations,
 * so without this a query sent over the socket would escape every limit.
 */
export function webSocketOperation(
  schema: GraphQLSchema,
  validationRules: readonly ValidationRule[],
  payload: WebSocketPayload,
): ExecutionArgs | readonly GraphQLError[] {
  let document;
  try {
    document = parse(payload.query, { maxTokens: QUERY_LIMITS.maxTokens });
  } catch (error) {
    return error instanceof GraphQLError ? [error] : refuse('The query could not be read.');
  }
  const operation = getOperationAST(document, payload.operationName);
  if (!operation) return refuse('Name the operation to run.');
  if (operation.operation !== 'subscription') return refuse('Only subscriptions are served over the WebSocket: send queries and mutations over HTTP.');
  const errors = validate(schema, document, [...specifiedRules, ...validationRules]);
  if (errors.length) return errors;
  const variableValues = payload.variables ?? {};
  const cost = operationCost(schema, document, { variables: variableValues, operationName: payload.operationName ?? null });
  if (cost > QUERY_COST.max) return refuse(`This subscription would cost ${cost}, more than the ${QUERY_COST.max} allowed.`);
  return { schema, document, variableValues, operationName: payload.operationName };
}
