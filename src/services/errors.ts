/** The one error type that services throw; the server maps `kind` to an HTTP status once. */
export type ServiceErrorKind =
  | 'invalid' // 400: input failed a rule the schema could not express
  | 'unauthorized' // 401: no valid session, or bad credentials
  | 'forbidden' // 403: signed in, but the role or organisation does not allow it
  | 'not_found' // 404: unknown, or belongs to another organisation (never reveal which)
  | 'conflict' // 409: unique constraint, stale version, frozen record
  | 'unavailable'; // 503: the database cannot be reached

export class ServiceError extends Error {
  readonly kind: ServiceErrorKind;
  readonly fields: Record<string, string[]> | undefined;

  constructor(kind: ServiceErrorKind, message: string, fields?: Record<string, string[]>) {
    super(message);
    this.name = 'ServiceError';
    this.kind = kind;
    this.fields = fields;
  }
}
