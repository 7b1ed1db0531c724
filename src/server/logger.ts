/** Structured logs: one JSON object per line. The sink is injected so tests can capture lines. */
import { LOG_LEVELS, type LogLevel } from '../config.ts';

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

const SEVERITY: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export function parseLogLevel(value: string): LogLevel {
  const level = LOG_LEVELS.find((candidate) => candidate === value.toLowerCase());
  if (!level) throw new Error(`Unknown log level "${value}"; expected one of ${LOG_LEVELS.join(', ')}`);
  return level;
}

export interface JsonLoggerOptions {
  level: LogLevel;
  /** Receives one serialised line (without the newline). Defaults to stdout. */
  write?: (line: string) => void;
  now?: () => Date;
}

export function createJsonLogger(options: JsonLoggerOptions): Logger {
  const threshold = SEVERITY[options.level];
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const now = options.now ?? (() => new Date());

  const emit =
    (level: Exclude<LogLevel, 'silent'>) =>
    (msg: string, fields: LogFields = {}) => {
      if (SEVERITY[level] < threshold) return;
      write(JSON.stringify({ time: now().toISOString(), level, msg, ...fields }));
    };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** Turns a thrown value into log fields; the stack stays in the server log, never in a response. */
export function errorFields(error: unknown): LogFields {
  if (error instanceof Error) {
    return { err: { name: error.name, message: error.message, stack: error.stack } };
  }
  return { err: { value: String(error) } };
}
