import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../common/context';
import type { Metrics } from '../common/metrics';
import { formatGraphQLError, isExpectedError } from './format-error';
import { metricsPlugin } from './metrics-plugin';
import { QUERY_COST, queryCostLimit } from './query-cost';

/** Limits on what one request may ask for (depth, cost, aliases, directives, tokens). */
export const QUERY_LIMITS = { maxDepth: 10, maxCost: QUERY_COST.max, maxAliases: 15, maxDirectives: 20, maxTokens: 3000, maxBodyBytes: 200 * 1024 } as const;

/** Subscriptions live on the WebSocket; over HTTP one would have nothing to stream to. */
const subscriptionsOverWebSocketOnly: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'subscription') {
          throw new GraphQLError('Subscriptions are served over the WebSocket at /graphql, not over HTTP.', {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
      },
    };
  },
};

/** Logs server faults with the request's id (the client sees them masked, see formatGraphQLError). */
const logUnexpectedErrors: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors, operationName }) {
        for (const error of errors) {
          if (!isExpectedError(error)) contextValue.log.error({ err: error.originalError ?? error, operationName, path: error.path }, 'GraphQL operation failed');
        }
      },
    };
  },
};

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * graphql-js suggests names ("Did you mean "title"?", "Did you mean the enum value "DRAFT"?") in validation
 * and in variable coercion messages. With introspection off they would leak the schema piece by piece, so
 * production strips every suggestion from every message (armor's plugin only knows the field form).
 */
export function withoutSuggestions(format: typeof formatGraphQLError): typeof formatGraphQLError {
  return (formatted, error) => {
    const result = format(formatted, error);
    return { ...result, message: result.message.replace(SUGGESTION, '') };
  };
}

/** graphql-armor's limits: one configuration, for requests over HTTP (Apollo) and over the WebSocket alike. */
export function createArmor(isProduction: boolean) {
  return new ApolloArmor({
    // Fragments live beside the components that use them: a spread is not a level of nesting.
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true },
    // Its cost knows no page sizes: queryCostLimit (query-cost.ts) multiplies by `first` instead.
    costLimit: { enabled: false },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    blockFieldSuggestion: { enabled: isProduction },
  }).protect();
}

/**
 * No answer is cacheable (nothing carries a cache hint): the header Apollo's cache-control plugin would compute, set once
 * per response instead of through its hook on every resolved field (a sixth of a large page's execution).
 */
const noStore: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

export function createApolloServer(
  schema: GraphQLSchema,
  isProduction: boolean,
  armor: ReturnType<typeof createArmor>,
  metrics: Metrics,
): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema,
    introspection: !isProduction,
    includeStacktraceInErrorResponses: !isProduction,
    allowBatchedHttpRequests: false,
    // server.ts owns shutdown: it drains HTTP (http/http-drain.ts), then closes Apollo, Redis and the database.
    stopOnTerminationSignals: false,
    validationRules: armor.validationRules,
    // No landing page: Apollo's pulls scripts from a CDN, which the Content-Security-Policy refuses.
    plugins: [
      // First: it must see every request resolve, whichever later plugin refuses it.
      metricsPlugin(metrics),
      ...armor.plugins,
      subscriptionsOverWebSocketOnly,
      queryCostLimit,
      logUnexpectedErrors,
      ApolloServerPluginCacheControlDisabled(),
      noStore,
      ApolloServerPluginLandingPageDisabled(),
    ],
    formatError: isProduction ? withoutSuggestions(formatGraphQLError) : formatGraphQLError,
  });
}
