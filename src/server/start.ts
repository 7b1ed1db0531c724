/** Runs the app on a Node HTTP server; the CLI's `serve`/`start` commands call this. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Services } from '../services/contract.ts';
import { createApp } from './app.ts';
import { createJsonLogger, parseLogLevel } from './logger.ts';

export interface StartServerOptions {
  services: Services;
  /** 0 picks a free port; the returned `port` is the real one. */
  port: number;
  webDir: string | null;
  logLevel: string;
}

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const logger = createJsonLogger({ level: parseLogLevel(options.logLevel) });
  const app = createApp({ services: options.services, webDir: options.webDir, logger });

  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (resolvePromise, reject) => {
      const server = serve({ fetch: app.fetch, port: options.port }, (info: AddressInfo) =>
        resolvePromise({ server, port: info.port }),
      );
      server.once('error', reject);
    },
  );
  logger.info('listening', { port });

  return {
    port,
    close: () =>
      new Promise<void>((resolvePromise, reject) => {
        // Keep-alive sockets would hold close() open until they time out.
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolvePromise()));
      }),
  };
}
