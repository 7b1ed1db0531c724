import { PlaceholderPage } from '../PlaceholderPage.tsx';
import type { TrackingSection } from '../plans/planPaths.ts';

/** The tracking sections of a plan: workspace, priorities, roadmap, tracking, meetings, effect. */
export function PlanTrackingSection(_props: { planId: string; section: TrackingSection }) {
  return <PlaceholderPage module="plans" />;
}
