/**
 * The plan-tracking API types (and the few constant lists that go with them), re-exported from
 * the service contract for the pages of this folder.
 */
export * from '../../../../src/services/contract-plan-tracking.ts';
