import type { ReactNode } from 'react';
import type { PlanDetail } from '../../../../src/services/contract-plans.ts';
import { Loaded } from '../../components/Loaded.tsx';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router/Link.tsx';
import { useSession } from '../../session/SessionProvider.tsx';
import { useOrgSlug } from '../editions/useOrgSlug.ts';
import { BudgetSection } from './BudgetSection.tsx';
import { DocumentSection } from './DocumentSection.tsx';
import { ItemsSection } from './ItemsSection.tsx';
import { OverviewSection } from './OverviewSection.tsx';
import {
  type PlanSection,
  PORTFOLIO_SECTIONS,
  type PortfolioSection,
  planPath,
  plansPath,
  TRACKING_SECTIONS,
} from './planPaths.ts';
import { canEditPlans, nameOf } from './planView.ts';
import { usePlan } from './usePlan.ts';

export interface SectionProps {
  detail: PlanDetail;
  slug: string;
  canEdit: boolean;
  /** Re-reads the plan after a change. */
  refresh: () => Promise<void>;
}

const sectionKey = (section: PlanSection): MessageKey => `plans.section.${section}`;

/** The sub-nav of a plan: its portfolio sections, then its tracking sections. */
export function PlanSubNav({
  planId,
  section,
  planName,
}: {
  planId: string;
  section: PlanSection;
  planName: string | null;
}) {
  const { t } = useI18n();
  const group = (labelKey: MessageKey, sections: readonly PlanSection[]) => (
    <li className="plan-nav-group">
      <span className="plan-nav-group-label">{t(labelKey)}</span>
      <ul>
        {sections.map((s) => (
          <li key={s}>
            <Link href={planPath(planId, s)} aria-current={s === section ? 'page' : undefined}>
              {t(sectionKey(s))}
            </Link>
          </li>
        ))}
      </ul>
    </li>
  );
  return (
    <nav className="sub-nav plan-nav" aria-label={t('plans.nav.label')}>
      <p className="plan-nav-context">
        <Link href={plansPath()}>{t('plans.nav.allPlans')}</Link>
        {planName ? (
          <>
            {' › '}
            <span className="plan-nav-name">{planName}</span>
          </>
        ) : null}
      </p>
      <ul className="plan-nav-groups">
        {group('plans.nav.portfolio', PORTFOLIO_SECTIONS)}
        {group('plans.nav.tracking', TRACKING_SECTIONS)}
      </ul>
    </nav>
  );
}

/**
 * A plan's page: the sub-nav of all its sections, then the section. Portfolio sections are
 * rendered here from the loaded plan; tracking sections come in as `children` (pages/plan-tracking).
 */
export function PlanFrame({
  planId,
  section,
  children,
}: {
  planId: string;
  section: PlanSection;
  children?: ReactNode;
}) {
  const { language } = useI18n();
  const slug = useOrgSlug();
  const { state } = useSession();
  const canEdit = state.status === 'signed-in' && canEditPlans(state.session.role);
  const [plan, refresh] = usePlan(slug, planId);
  const planName = plan.status === 'ready' ? nameOf(plan.data.plan, language) : null;

  return (
    <article className="plans">
      <PlanSubNav planId={planId} section={section} planName={planName} />
      {children ?? (
        <Loaded value={plan} onRetry={() => void refresh()}>
          {(detail) => (
            <PortfolioPage section={section as PortfolioSection} props={{ detail, slug, canEdit, refresh }} />
          )}
        </Loaded>
      )}
    </article>
  );
}

function PortfolioPage({ section, props }: { section: PortfolioSection; props: SectionProps }) {
  switch (section) {
    case 'overview':
      return <OverviewSection {...props} />;
    case 'items':
      return <ItemsSection {...props} />;
    case 'budget':
      return <BudgetSection {...props} />;
    case 'document':
      return <DocumentSection {...props} />;
  }
}
