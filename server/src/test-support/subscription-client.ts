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

/** A subscription that keeps every event it receives, for tests that look past the first one. */
export interface EventLog<T> {
  events: T[];
  errors: unknown[];
  /** Resolves once an event matching `test` has arrived (or rejects after `timeoutMs`). */
  waitFor(test: (events: T[]) => boolean, timeoutMs?: number): Promise<T[]>;
  stop(): void;
}

export function collectEvents<T>(client: Client, query: string, variables: Record<string, unknown> = {}): EventLog<T> {
  const events: T[] = [];
  const errors: unknown[] = [];
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(value.errors);
        else events.push(value.data as T);
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return {
    events,
    errors,
    stop,
    async waitFor(test, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!test(events)) {
        if (errors.length > 0) throw new Error(`subscription failed: ${JSON.stringify(errors)}`);
        if (Date.now() > deadline) throw new Error(`the awaited events did not arrive within ${timeoutMs} ms (got ${JSON.stringify(events)})`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return events;
    },
  };
}

/** Resolves when the client's socket is acknowledged by the server (the session was accepted). */
export function connected(client: Client): Promise<void> {
  return new Promise((resolve) => {
    const off = client.on('connected', () => {
      off();
      resolve();
    });
  });
}

/** Resolves with the close code of the client's socket when the server closes it (rejects after `timeoutMs`). */
export function closedWith(client: Client, timeoutMs = 5_000): Promise<{ code: number; at: number }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`the socket was still open after ${timeoutMs} ms`));
    }, timeoutMs);
    const off = client.on('closed', (event) => {
      clearTimeout(timer);
      off();
      resolve({ code: (event as { code?: number }).code ?? 0, at: Date.now() });
    });
  });
}

/** Opens a bare WebSocket to /graphql with the given headers; resolves with the HTTP status of a refused upgrade, or 101. */
export function upgradeStatus(httpUrl: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${httpUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', { headers });
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('error', (error) => reject(error));
  });
}
