import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../src/services/errors.ts';
import { createHarness } from './support/harness.ts';

describe('GET /api/health', () => {
  it('answers ok when the services are healthy', async () => {
    const { app } = createHarness();
    const response = await app.request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers 503 problem when the database is unreachable, without the service message', async () => {
    const { app, services, logs } = createHarness();
    services.controls.healthError = new ServiceError('unavailable', 'connect ECONNREFUSED 10.0.0.7:5432');
    const response = await app.request('/api/health');
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const text = await response.text();
    expect(text).not.toContain('ECONNREFUSED');
    expect(JSON.parse(text)).toMatchObject({
      status: 503,
      type: '/problems/unavailable',
      instance: '/api/health',
    });
    // The cause stays in the server log.
    expect(
      logs.some(
        (line) => line.msg === 'service unavailable' && JSON.stringify(line).includes('ECONNREFUSED'),
      ),
    ).toBe(true);
  });
});
