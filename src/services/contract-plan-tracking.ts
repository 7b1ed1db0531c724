/**
 * Plan tracking use cases (issue 5): master-plan workspace (notes, SWOT, vision, proposals),
 * prioritisation (scoring, AHP), roadmap and baselines, KPIs, progress, milestones, earned value,
 * meetings, the annual report, and the projected effect of items on the benchmark. Types only.
 */
export type PlanTrackingServices = Record<never, never>;
