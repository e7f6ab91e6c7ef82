import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../common/context';
import type { Metrics } from '../common/metrics';

/**
 * Times every GraphQL request over HTTP by its operation's name (known only once the document parsed, validated
 * and resolved to an operation it declares) and counts the errors the client receives, by `extensions.code`
 * (after formatting: masked faults count as INTERNAL_SERVER_ERROR, as the client saw them).
 */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let resolved = false;
      let operationName: string | null = null;
      return {
        async didResolveOperation({ operation }) {
          resolved = true;
          operationName = operation?.name?.value ?? null;
        },
        async willSendResponse({ response }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.observeRequest(metrics.operationLabel(operationName, resolved), seconds);
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          for (const error of errors ?? []) metrics.countError(error.extensions?.code);
        },
      };
    },
  };
}
