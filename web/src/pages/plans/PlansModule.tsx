import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router/Link.tsx';
import { ROUTES } from '../../router/routes.ts';
import { usePath } from '../../router/usePath.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { PlanTrackingSection } from '../plan-tracking/PlanTrackingSection.tsx';
import { PlanFrame } from './PlanFrame.tsx';
import { PlanListPage } from './PlanListPage.tsx';
import { parsePlanPath } from './planPaths.ts';

/** The plans module: every page under /plans, each sent to the part that owns it. */
export function PlansModule() {
  const { t } = useI18n();
  const path = usePath();
  const { state } = useSession();
  const parsed = parsePlanPath(path);
  if (parsed.kind === 'unknown') return <NotFoundPage />;

  // Plans belong to an organisation and are shown to its members only.
  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.status !== 'signed-in') {
    return (
      <section className="narrow">
        <PageHeading>{t('plans.title')}</PageHeading>
        <p>
          {t('plans.signInToSee')}{' '}
          <Link href={`${ROUTES.signIn}?next=${encodeURIComponent(path)}`}>{t('auth.signIn')}</Link>
        </p>
      </section>
    );
  }

  switch (parsed.kind) {
    case 'list':
      return <PlanListPage />;
    case 'portfolio':
      return <PlanFrame key={parsed.planId} planId={parsed.planId} section={parsed.section} />;
    case 'tracking':
      return (
        <PlanFrame key={parsed.planId} planId={parsed.planId} section={parsed.section}>
          <PlanTrackingSection planId={parsed.planId} section={parsed.section} />
        </PlanFrame>
      );
  }
}
