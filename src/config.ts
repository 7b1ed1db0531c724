import { z } from 'zod';

/**
 * The only reader of `process.env`. Everything else receives a `Config`, so tests can pass
 * their own values and a bad setting fails once, at start-up, naming the variable.
 */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  port: number;
  /** Where PGlite keeps its files and the lock file lives. */
  dataDir: string;
  /** When set, PostgreSQL is used instead of PGlite. */
  databaseUrl: string | null;
  logLevel: LogLevel;
  sessionTtlHours: number;
  /** Browser tests must run (not be skipped) when true, e.g. in CI. */
  requireE2e: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const envSchema = z.object({
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).default(8080)),
  CITYBENCH_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./.citybench')),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
  ),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(LOG_LEVELS).default('info')),
  SESSION_TTL_HOURS: z.preprocess(emptyAsUndefined, z.coerce.number().positive().max(8760).default(12)),
  CITYBENCH_REQUIRE_E2E: z.preprocess(
    emptyAsUndefined,
    z
      .enum(['1', '0', 'true', 'false'])
      .default('0')
      .transform((v) => v === '1' || v === 'true'),
  ),
});

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      // Never echo DATABASE_URL: it may carry a password.
      const shown = name === 'DATABASE_URL' ? '' : `=${JSON.stringify(env[name] ?? '')}`;
      return `${name}${shown}: ${issue.message}`;
    });
    throw new ConfigError(`invalid environment: ${problems.join('; ')}`);
  }
  const v = parsed.data;
  return {
    port: v.PORT,
    dataDir: v.CITYBENCH_DATA_DIR,
    databaseUrl: v.DATABASE_URL ?? null,
    logLevel: v.LOG_LEVEL,
    sessionTtlHours: v.SESSION_TTL_HOURS,
    requireE2e: v.CITYBENCH_REQUIRE_E2E,
  };
}
