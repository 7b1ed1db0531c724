/**
 * The web app: files from `webDir` (the Vite build), index.html for client-side routes, or a
 * page saying how to build it. Never answers under /api (those fall through to the 404 problem).
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.ts';
import type { ApiApp } from './routes/deps.ts';

/** Vite puts content-hashed files under /assets/, so they never change under the same name. */
const HASHED_ASSET = /^\/assets\//;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and unhashed files: always revalidate so a deploy is picked up at once. */
const REVALIDATE = 'no-cache';

const NOT_BUILT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CityBench</title></head>
<body><h1>CityBench</h1><p>The web app has not been built. Run <code>npm run build</code> and restart the server.</p>
<p>The API is up: see <a href="/api/docs">/api/docs</a>.</p></body></html>`;

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/** A path whose last segment has no dot is a client-side route, not a missing file. */
function looksLikeClientRoute(path: string): boolean {
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  return !lastSegment.includes('.');
}

function skipApi(handler: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return (c, next) => (isApiPath(c.req.path) ? next() : handler(c, next));
}

function webDirExists(webDir: string | null): webDir is string {
  return webDir !== null && existsSync(join(webDir, 'index.html')) && statSync(webDir).isDirectory();
}

export function registerWebApp(app: ApiApp, webDir: string | null): void {
  if (!webDirExists(webDir)) {
    app.get(
      '*',
      skipApi(async (c) => {
        c.header('cache-control', 'no-store');
        return c.html(NOT_BUILT_PAGE, 200);
      }),
    );
    return;
  }
  const root = resolve(webDir);
  const files = withCacheHeader(serveStatic({ root }));
  const indexHtml = withCacheHeader(serveStatic({ root, path: 'index.html' }));
  app.get('*', skipApi(files));
  app.get(
    '*',
    skipApi((c, next) => (looksLikeClientRoute(c.req.path) ? indexHtml(c, next) : next())),
  );
}

/** Sets Cache-Control on the file response only, never on whatever answers after a miss. */
function withCacheHeader(serve: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const response = await serve(c, next);
    if (response instanceof Response) {
      response.headers.set('cache-control', HASHED_ASSET.test(c.req.path) ? IMMUTABLE : REVALIDATE);
    }
    return response;
  };
}
