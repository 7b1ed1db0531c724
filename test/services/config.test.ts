import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      dataDir: './.citybench',
      databaseUrl: null,
      logLevel: 'info',
      sessionTtlHours: 12,
      requireE2e: false,
    });
  });

  it('reads every variable, treating empty as unset', () => {
    expect(
      loadConfig({
        PORT: '3000',
        CITYBENCH_DATA_DIR: '/var/lib/citybench',
        DATABASE_URL: 'postgres://u@h:5432/db',
        LOG_LEVEL: 'debug',
        SESSION_TTL_HOURS: '0.5',
        CITYBENCH_REQUIRE_E2E: '1',
      }),
    ).toEqual({
      port: 3000,
      dataDir: '/var/lib/citybench',
      databaseUrl: 'postgres://u@h:5432/db',
      logLevel: 'debug',
      sessionTtlHours: 0.5,
      requireE2e: true,
    });
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ databaseUrl: null, port: 8080 });
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['LOG_LEVEL', 'loud'],
    ['SESSION_TTL_HOURS', '-1'],
    ['CITYBENCH_REQUIRE_E2E', 'yes'],
    ['DATABASE_URL', 'mysql://u:pw@h/db'],
  ])('names %s when its value %j is bad', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^invalid environment: ${name}`));
  });

  it('never echoes DATABASE_URL, which may hold a password', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:hunter2@h/db' })).toThrow(/^(?!.*hunter2)/);
  });
});
