/** Tables of plan tracking: workspace, priorities, baselines, KPIs, progress, meetings (migration 0004_plan_tracking). */
export {};
