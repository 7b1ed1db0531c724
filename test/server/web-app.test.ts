import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.ts';

const INDEX_HTML = '<!doctype html><html><body><div id="root"></div></body></html>';

describe('with a built web app', () => {
  let webDir: string;
  let harness: Harness;

  beforeAll(() => {
    webDir = mkdtempSync(join(tmpdir(), 'citybench-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), INDEX_HTML);
    writeFileSync(join(webDir, 'assets', 'index-3f2a1b.js'), 'console.log("app")');
    writeFileSync(join(webDir, 'assets', 'index-9c8d7e.css'), 'body{}');
    writeFileSync(join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    harness = createHarness({ webDir });
  });

  afterAll(() => rmSync(webDir, { recursive: true, force: true }));

  it('serves index.html at / and revalidates it on every visit', async () => {
    const response = await harness.app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it('serves hashed assets with their content type, cached for a year', async () => {
    const script = await harness.app.request('/assets/index-3f2a1b.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const style = await harness.app.request('/assets/index-9c8d7e.css');
    expect(style.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await style.text()).toBe('body{}');
  });

  it('serves unhashed files without long caching', async () => {
    const icon = await harness.app.request('/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('falls back to index.html for client-side routes', async () => {
    const response = await harness.app.request('/organisation/members');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX_HTML);
    expect(response.headers.get('x-request-id')).toBeTruthy();
  });

  it('answers 404 for a missing file rather than index.html', async () => {
    const response = await harness.app.request('/assets/gone-000000.js');
    expect(response.status).toBe(404);
  });

  it('never serves the web app under /api', async () => {
    const response = await harness.app.request('/api/organisation/members');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('refuses to leave the web directory (an encoded ../ is just another client route)', async () => {
    const response = await harness.app.request('/..%2f..%2f..%2f..%2fetc/passwd');
    expect(await response.text()).toBe(INDEX_HTML);
    const dotted = await harness.app.request('/..%2f..%2f..%2f..%2fetc/hostname.txt');
    expect(dotted.status).toBe(404);
  });
});

describe('without a built web app', () => {
  it.each([null, '/nonexistent/citybench/dist/web'])(
    'webDir %s: pages say to run npm run build',
    async (webDir) => {
      const { app } = createHarness({ webDir });
      const response = await app.request('/dashboard');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toContain('npm run build');
      const api = await app.request('/api/health');
      expect(api.status).toBe(200);
    },
  );
});
