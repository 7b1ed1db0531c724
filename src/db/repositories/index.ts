/** Every query the services run, as functions over a database or a transaction. */
export * from './audit.ts';
export * from './locks.ts';
export * from './organisations.ts';
export * from './published.ts';
export * from './sessions.ts';
export * from './users.ts';
