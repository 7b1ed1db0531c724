/**
 * Paths of the plans module. The portfolio sections belong to pages/plans, the tracking sections
 * to pages/plan-tracking; PlansModule sends each path to its owner.
 */
export const PORTFOLIO_SECTIONS = ['overview', 'items', 'budget', 'document'] as const;
export const TRACKING_SECTIONS = [
  'workspace',
  'priorities',
  'roadmap',
  'tracking',
  'meetings',
  'effect',
] as const;
export type PortfolioSection = (typeof PORTFOLIO_SECTIONS)[number];
export type TrackingSection = (typeof TRACKING_SECTIONS)[number];
export type PlanSection = PortfolioSection | TrackingSection;

export type PlanPath =
  | { kind: 'list' }
  | { kind: 'portfolio'; planId: string; section: PortfolioSection }
  | { kind: 'tracking'; planId: string; section: TrackingSection }
  | { kind: 'unknown' };

const isIn = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

export function parsePlanPath(path: string): PlanPath {
  const parts = path.replace(/\/+$/, '').split('/').filter(Boolean);
  if (parts[0] !== 'plans') return { kind: 'unknown' };
  const [, planId, section = 'overview', ...rest] = parts;
  if (planId === undefined) return { kind: 'list' };
  if (rest.length > 0) return { kind: 'unknown' };
  if (isIn(PORTFOLIO_SECTIONS, section)) return { kind: 'portfolio', planId, section };
  if (isIn(TRACKING_SECTIONS, section)) return { kind: 'tracking', planId, section };
  return { kind: 'unknown' };
}

export const plansPath = () => '/plans';
export const planPath = (planId: string, section: PlanSection = 'overview') =>
  section === 'overview'
    ? `/plans/${encodeURIComponent(planId)}`
    : `/plans/${encodeURIComponent(planId)}/${section}`;
