import { afterEach, describe, expect, it, vi } from 'vitest';
import { startServer } from '../../src/server/start.ts';
import { createFakeServices } from './support/fake-services.ts';

describe('startServer', () => {
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
    vi.restoreAllMocks();
  });

  it('listens on a random port for port 0, serves the app over real HTTP and closes', async () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const server = await startServer({
      services: createFakeServices(),
      port: 0,
      webDir: null,
      logLevel: 'info',
    });
    closers.push(() => server.close());
    expect(server.port).toBeGreaterThan(0);

    const response = await fetch(`http://127.0.0.1:${server.port}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });

    const access = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((line) => line.msg === 'request');
    expect(access).toMatchObject({ level: 'info', method: 'GET', path: '/api/health', status: 200 });
    expect(typeof access?.time).toBe('string');
  });

  it('compares Origin with the Host header the request really came with', async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const server = await startServer({
      services: createFakeServices(),
      port: 0,
      webDir: null,
      logLevel: 'silent',
    });
    closers.push(() => server.close());
    const signOut = (origin: string) =>
      fetch(`http://127.0.0.1:${server.port}/api/auth/sign-out`, { method: 'POST', headers: { origin } });

    const foreign = await signOut('https://evil.example');
    expect(((await foreign.json()) as { type: string }).type).toBe('/problems/cross-origin');
    // Same origin passes the origin check and meets the CSRF check next.
    const same = await signOut(`http://127.0.0.1:${server.port}`);
    expect(((await same.json()) as { type: string }).type).toBe('/problems/csrf');
  });

  it('refuses an unknown log level', async () => {
    await expect(
      startServer({ services: createFakeServices(), port: 0, webDir: null, logLevel: 'loud' }),
    ).rejects.toThrow(/log level/);
  });

  it('rejects when the port is taken', async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const first = await startServer({
      services: createFakeServices(),
      port: 0,
      webDir: null,
      logLevel: 'silent',
    });
    closers.push(() => first.close());
    await expect(
      startServer({ services: createFakeServices(), port: first.port, webDir: null, logLevel: 'silent' }),
    ).rejects.toThrow(/EADDRINUSE/);
  });
});
