import type { Actor, SessionView } from '../services/contract.ts';

/** A resolved `cb_session`: what the routes may show, plus the actor they pass to services. */
export type ResolvedSession = SessionView & { actor: Actor };

/** Per-request values that middleware sets and routes read (`c.var.*`). */
export interface AppVariables {
  requestId: string;
  /** Null when the request has no valid session cookie. */
  session: ResolvedSession | null;
  /** The raw `cb_session` token, kept only so that sign-out can revoke it. */
  sessionToken: string | null;
}

export interface AppEnv {
  Variables: AppVariables;
}
