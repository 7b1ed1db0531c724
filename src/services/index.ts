/** The services layer's public surface for src/server and src/cli. */
export * from './contract.ts';
export { createServices } from './create-services.ts';
export { ServiceError, type ServiceErrorKind } from './errors.ts';
export { createOperatorServices } from './operator.ts';
export type { ServiceOptions } from './options.ts';
export { openRuntime, type Runtime, type RuntimeOptions } from './runtime.ts';
export { BOOTSTRAP_ADMIN_EMAIL, DEMO_ORGANISATION } from './seed.ts';
