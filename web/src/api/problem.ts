/** An API failure as RFC 9457 problem+json, or a transport failure (status 0). */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  /** 400 only: field path (e.g. "email") to messages. */
  errors?: Record<string, string[]>;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** Messages for one field, e.g. `fieldErrors('email')`; empty when none. */
  fieldErrors(field: string): string[] {
    return this.problem.errors?.[field] ?? [];
  }

  get isCsrfFailure(): boolean {
    return this.status === 403 && (this.problem.type ?? '').endsWith('/csrf');
  }

  /** status 0: the request never got an HTTP answer (offline, server down). */
  get isNetworkFailure(): boolean {
    return this.status === 0;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads a problem body defensively: a proxy may answer with HTML or nothing at all. */
export async function readProblem(response: Response): Promise<Problem> {
  const text = await response.text().catch(() => '');
  try {
    const parsed: unknown = JSON.parse(text);
    if (isRecord(parsed)) return parsed as Problem;
  } catch {
    // Not JSON: fall through to a problem built from the status line.
  }
  return { status: response.status, title: response.statusText || undefined };
}
