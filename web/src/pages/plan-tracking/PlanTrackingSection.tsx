import { lazy, Suspense, useMemo } from 'react';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { useApiData } from '../../components/useApiData.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router/Link.tsx';
import { ROUTES } from '../../router/routes.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { planPath, type TrackingSection } from '../plans/planPaths.ts';
import { getPlanDetail } from './api.ts';
import { canEditPlans, type PlanContext } from './common.tsx';
import { flattenItems } from './planItems.ts';

// Each section is its own chunk: the app shell does not carry the planning pages.
const WorkspaceSection = lazy(() =>
  import('./WorkspaceSection.tsx').then((m) => ({ default: m.WorkspaceSection })),
);
const PrioritiesSection = lazy(() =>
  import('./PrioritiesSection.tsx').then((m) => ({ default: m.PrioritiesSection })),
);
const RoadmapSection = lazy(() =>
  import('./RoadmapSection.tsx').then((m) => ({ default: m.RoadmapSection })),
);
const TrackingDashboard = lazy(() =>
  import('./TrackingDashboard.tsx').then((m) => ({ default: m.TrackingDashboard })),
);
const MeetingsSection = lazy(() =>
  import('./MeetingsSection.tsx').then((m) => ({ default: m.MeetingsSection })),
);
const EffectSection = lazy(() => import('./EffectSection.tsx').then((m) => ({ default: m.EffectSection })));

const SECTION_KEYS: Record<TrackingSection, MessageKey> = {
  workspace: 'pt.section.workspace',
  priorities: 'pt.section.priorities',
  roadmap: 'pt.section.roadmap',
  tracking: 'pt.section.tracking',
  meetings: 'pt.section.meetings',
  effect: 'pt.section.effect',
};

/** The tracking sections of a plan: workspace, priorities, roadmap, tracking, meetings, effect. */
export function PlanTrackingSection({ planId, section }: { planId: string; section: TrackingSection }) {
  const { t } = useI18n();
  const { state } = useSession();
  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.status !== 'signed-in') {
    const next = planPath(planId, section);
    return (
      <section className="narrow">
        <PageHeading>{t(SECTION_KEYS[section])}</PageHeading>
        <p>
          {t('pt.signInNeeded')}{' '}
          <Link href={`${ROUTES.signIn}?next=${encodeURIComponent(next)}`}>{t('auth.signIn')}</Link>
        </p>
      </section>
    );
  }
  return (
    <SignedInSection
      planId={planId}
      section={section}
      slug={state.session.organisation.slug}
      canEdit={canEditPlans(state.session.role)}
    />
  );
}

function SignedInSection({
  planId,
  section,
  slug,
  canEdit,
}: {
  planId: string;
  section: TrackingSection;
  slug: string;
  canEdit: boolean;
}) {
  const { t, language } = useI18n();
  const [detail, reload] = useApiData(`plan:${slug}:${planId}`, () => getPlanDetail(slug, planId));
  const context = useMemo<PlanContext | null>(() => {
    if (detail.status !== 'ready') return null;
    const items = flattenItems(detail.data.items);
    const { periodFrom, periodTo } = detail.data.plan;
    return {
      slug,
      planId,
      items,
      itemsById: new Map(items.map((i) => [i.id, i])),
      canEdit,
      periodFrom,
      periodTo,
    };
  }, [detail, slug, planId, canEdit]);

  const sectionName = t(SECTION_KEYS[section]);
  if (detail.status === 'error')
    return (
      <article className="plan-tracking">
        <PageHeading>{sectionName}</PageHeading>
        <ProblemMessage error={detail.error} onRetry={reload} />
      </article>
    );
  if (detail.status !== 'ready' || !context)
    return (
      <article className="plan-tracking">
        <PageHeading>{sectionName}</PageHeading>
        <p role="status">{t('app.loading')}</p>
      </article>
    );
  const plan = detail.data.plan;
  const planName = language === 'ko' ? plan.nameKo || plan.nameEn : plan.nameEn || plan.nameKo;
  return (
    <article className={`plan-tracking pt-${section}`}>
      <PageHeading>{t('pt.heading', { section: sectionName, plan: planName })}</PageHeading>
      {plan.hasIllustrative ? <p className="synthetic-note">{t('pt.illustrativeNote')}</p> : null}
      {!canEdit ? <p className="muted">{t('pt.readOnly')}</p> : null}
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <Section section={section} context={context} />
      </Suspense>
    </article>
  );
}

function Section({ section, context }: { section: TrackingSection; context: PlanContext }) {
  switch (section) {
    case 'workspace':
      return <WorkspaceSection context={context} />;
    case 'priorities':
      return <PrioritiesSection context={context} />;
    case 'roadmap':
      return <RoadmapSection context={context} />;
    case 'tracking':
      return <TrackingDashboard context={context} />;
    case 'meetings':
      return <MeetingsSection context={context} />;
    case 'effect':
      return <EffectSection context={context} />;
  }
}
