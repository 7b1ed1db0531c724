import { DatabaseUnavailableError } from '../db/index.ts';
import { ServiceError } from './errors.ts';

/** Driver codes (postgres-js, Node sockets) that mean the database cannot be reached. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EPIPE',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);

/** Drizzle wraps driver errors (DrizzleQueryError.cause): look through the chain. */
function* causes(err: unknown): Generator<unknown> {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current; depth++) {
    yield current;
    current = (current as { cause?: unknown }).cause;
  }
}

function codeOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

export function isUniqueViolation(err: unknown): boolean {
  for (const e of causes(err)) if (codeOf(e) === '23505') return true;
  return false;
}

/** SQLSTATE class 08 is "connection exception"; 57P01-57P03 mean the server is shutting down. */
function isConnectionSqlState(code: string): boolean {
  return code.startsWith('08') || /^57P0[1-3]$/.test(code);
}

function isConnectionLoss(err: unknown): boolean {
  for (const e of causes(err)) {
    if (e instanceof DatabaseUnavailableError) return true;
    const code = codeOf(e);
    if (code && (CONNECTION_CODES.has(code) || isConnectionSqlState(code))) return true;
    if (e instanceof Error && e.message === 'PGlite is closed') return true;
  }
  return false;
}

/** The ServiceError a database failure stands for, or the error itself when it is a real bug. */
export function translateDbError(err: unknown, conflictMessage = 'this already exists'): unknown {
  if (err instanceof ServiceError) return err;
  if (isUniqueViolation(err)) return new ServiceError('conflict', conflictMessage);
  if (isConnectionLoss(err)) return new ServiceError('unavailable', 'the database cannot be reached');
  return err;
}

/** Runs `work`, turning a unique violation into `conflict` (with a specific message) and a lost database into `unavailable`. */
export async function mapDbErrors<T>(work: () => Promise<T>, conflictMessage: string): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw translateDbError(err, conflictMessage);
  }
}

type AsyncMethod = (...args: never[]) => Promise<unknown>;

/** Only async methods: so interfaces (which have no index signature) are accepted too. */
type AsyncMethods<S> = { [K in keyof S]: S[K] extends AsyncMethod ? S[K] : never };

/** Wraps every method of one service so database failures surface as ServiceErrors. */
export function guardService<S extends AsyncMethods<S>>(service: S): S {
  const guarded: Record<string, AsyncMethod> = {};
  for (const [name, method] of Object.entries(service) as Array<[string, AsyncMethod]>) {
    guarded[name] = async (...args) => {
      try {
        return await method(...args);
      } catch (err) {
        throw translateDbError(err);
      }
    };
  }
  return guarded as S;
}
