/** The plan-tracking repositories, for src/services/plan-tracking (one import path for the area). */
export * from '../schema/plan-tracking.ts';
export * from './plan-tracking-factors.ts';
export * from './plan-tracking-meetings.ts';
export * from './plan-tracking-plans.ts';
export * from './plan-tracking-priorities.ts';
export * from './plan-tracking-progress.ts';
export * from './plan-tracking-roadmap.ts';
export * from './plan-tracking-workspace.ts';
