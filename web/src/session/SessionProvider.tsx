import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { SessionView } from '../../../src/services/contract.ts';
import * as api from '../api/endpoints.ts';
import { ApiError } from '../api/problem.ts';
import { onUnauthorized } from '../api/unauthorized.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; session: SessionView }
  | { status: 'error'; error: ApiError };

interface SessionValue {
  state: SessionState;
  /** Throws ApiError (401 bad credentials, 400 field errors) for the form to show. */
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  reload: () => void;
  /** Keeps the header in step after an admin edits the organisation. */
  replaceSession: (session: SessionView) => void;
}

const SessionContext = createContext<SessionValue | null>(null);

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, { title: String(error) });
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    // `attempt` makes "try again" re-run this effect.
    void attempt;
    api.getSession().then(
      (session) => !cancelled && setState({ status: 'signed-in', session }),
      (error: unknown) => {
        if (cancelled) return;
        const apiError = asApiError(error);
        setState(apiError.status === 401 ? { status: 'signed-out' } : { status: 'error', error: apiError });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  // A 401 from any call while signed in means the session ended on the server.
  useEffect(
    () =>
      onUnauthorized(() =>
        setState((current) => (current.status === 'signed-in' ? { status: 'signed-out' } : current)),
      ),
    [],
  );

  const signIn = useCallback(async (email: string, password: string) => {
    const session = await api.signIn(email, password);
    setState({ status: 'signed-in', session });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.signOut();
    } catch (error) {
      // An already-expired session is as good as signed out; anything else is reported.
      if (asApiError(error).status !== 401) throw error;
    }
    setState({ status: 'signed-out' });
  }, []);

  const value = useMemo<SessionValue>(
    () => ({
      state,
      signIn,
      signOut,
      reload: () => setAttempt((n) => n + 1),
      replaceSession: (session) => setState({ status: 'signed-in', session }),
    }),
    [state, signIn, signOut],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
