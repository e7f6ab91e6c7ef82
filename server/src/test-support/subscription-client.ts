import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A graphql-ws client that presents a session cookie, as a browser on the same site does. */
export function subscriptionClient(httpUrl: string, cookie: string | null): Client {
  class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie } } : {});
    }
  }
  return createClient({ url: `${httpUrl.replace(/^http/, 'ws')}/graphql`, webSocketImpl: CookieWebSocket, retryAttempts: 0, lazy: true });
}

/** Subscribes and resolves with the first `count` results (or rejects on error / after `timeoutMs`). */
export function nextResults<T>(client: Client, query: string, variables: Record<string, unknown>, count = 1, timeoutMs = 10_000): { ready: Promise<void>; results: Promise<T[]> } {
  const received: T[] = [];
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const results = new Promise<T[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`only ${received.length} of ${count} events arrived within ${timeoutMs} ms`)), timeoutMs);
    const unsubscribe = client.subscribe<T>(
      { query, variables },
      {
        next: (value) => {
          if (value.errors) {
            clearTimeout(timer);
            reject(new Error(JSON.stringify(value.errors)));
            return;
          }
          received.push(value.data as T);
          if (received.length === count) {
            clearTimeout(timer);
            unsubscribe();
            resolve(received);
          }
        },
        error: (error) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
        },
        complete: () => undefined,
      },
    );
    client.on('connected', () => setTimeout(markReady, 300));
  });
  return { ready, results };
}
