import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export interface HttpDrain {
  /** True from the moment shutdown begins: /readyz answers 503. */
  readonly draining: boolean;
  /**
   * Stops taking new work and waits for the requests in flight:
   * - the listening socket closes at once, so new connections are refused (a load balancer tries another copy);
   * - idle keep-alive connections are closed; a request that still arrives on a busy one is served with
   *   `Connection: close`, and every connection closes once its last request is answered;
   * - after `graceMs` whatever remains is cut. Resolves true when everything ended in time.
   * WebSocket connections (upgraded) are left to their own server to close.
   */
  drain(graceMs: number): Promise<boolean>;
}

/** Must be created before the app's request listener is added, so that it marks responses before anything is sent. */
export function createHttpDrain(server: Server): HttpDrain {
  let draining = false;
  /** Requests not yet answered, per HTTP connection. */
  const pending = new Map<Socket, number>();

  server.on('connection', (socket: Socket) => {
    pending.set(socket, 0);
    socket.once('close', () => pending.delete(socket));
  });
  server.on('upgrade', (req: { socket: Socket }) => pending.delete(req.socket));
  server.on('request', (req, res) => {
    const socket = req.socket;
    pending.set(socket, (pending.get(socket) ?? 0) + 1);
    if (draining) res.setHeader('Connection', 'close');
    res.once('close', () => {
      const left = Math.max((pending.get(socket) ?? 1) - 1, 0);
      if (pending.has(socket)) pending.set(socket, left);
      if (draining && left === 0) socket.end();
    });
  });

  return {
    get draining() {
      return draining;
    },
    async drain(graceMs) {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const [socket, count] of pending) if (count === 0) socket.end();
      let timer: NodeJS.Timeout | undefined;
      const inTime = await Promise.race([
        closed.then(() => true),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), graceMs);
        }),
      ]);
      clearTimeout(timer);
      if (!inTime) {
        server.closeAllConnections();
        for (const socket of pending.keys()) socket.destroy();
        await closed;
      }
      return inTime;
    },
  };
}
