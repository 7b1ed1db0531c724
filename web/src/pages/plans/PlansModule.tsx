import { usePath } from '../../router/usePath.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { PlaceholderPage } from '../PlaceholderPage.tsx';
import { PlanTrackingSection } from '../plan-tracking/PlanTrackingSection.tsx';
import { parsePlanPath } from './planPaths.ts';

/** The plans module: every page under /plans, each sent to the part that owns it. */
export function PlansModule() {
  const parsed = parsePlanPath(usePath());
  switch (parsed.kind) {
    case 'list':
    case 'portfolio':
      return <PlaceholderPage module="plans" />;
    case 'tracking':
      return <PlanTrackingSection planId={parsed.planId} section={parsed.section} />;
    case 'unknown':
      return <NotFoundPage />;
  }
}
