export interface ServiceOptions {
  /** How long a session lasts (config SESSION_TTL_HOURS). */
  sessionTtlHours: number;
  /** The clock; tests move it to expire sessions. */
  now: () => Date;
}

export function resolveOptions(partial: Partial<ServiceOptions> = {}): ServiceOptions {
  return { sessionTtlHours: partial.sessionTtlHours ?? 12, now: partial.now ?? (() => new Date()) };
}
