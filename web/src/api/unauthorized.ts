/**
 * Any API answer of 401 means the session is gone (expired, revoked, signed out elsewhere).
 * The HTTP client reports it here and the session provider listens, so the whole app returns
 * to the signed-out state instead of each page showing its own error.
 */
const UNAUTHORIZED_EVENT = 'citybench:unauthorized';

export function reportUnauthorized(): void {
  window.dispatchEvent(new Event(UNAUTHORIZED_EVENT));
}

export function onUnauthorized(listener: () => void): () => void {
  window.addEventListener(UNAUTHORIZED_EVENT, listener);
  return () => window.removeEventListener(UNAUTHORIZED_EVENT, listener);
}
