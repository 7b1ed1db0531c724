import type { ReactNode } from 'react';
import type { Role } from '../../../../src/services/contract.ts';
import type {
  InvitationView,
  LocalizedText,
  SurveyKind,
  SurveyStatus,
} from '../../../../src/services/contract-surveys.ts';
import { ApiError } from '../../api/problem.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Language } from '../../i18n/language.ts';
import { localeOf } from '../../i18n/language.ts';
import { Link } from '../../router/Link.tsx';
import { ROUTES } from '../../router/routes.ts';
import { usePath } from '../../router/usePath.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { type SurveySection, surveyPath } from './surveyPaths.ts';

/** Editors and administrators change surveys; analysts and above read them (docs/api-contract-surveys.md). */
export const canEditSurveys = (role: Role): boolean => role === 'editor' || role === 'admin';

export const asApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError(0, { title: String(caught) });

/** The title in the reader's language, falling back to the other one. */
export const localized = (text: LocalizedText, language: Language) =>
  language === 'ko' ? text.ko || text.en : text.en || text.ko;

export const kindKey = (kind: SurveyKind) => `surveys.kind.${kind}` as MessageKey;
/** The invitation states as the reminder list and responses page name them. */
export const stateKey = (state: InvitationView['state']) =>
  (
    ({
      not_started: 'surveys.invitationStatus.invited',
      in_progress: 'surveys.invitationStatus.started',
      submitted: 'surveys.invitationStatus.submitted',
    }) as const
  )[state];

export const statusKey = (status: SurveyStatus) => `surveys.status.${status}` as MessageKey;

export function formatDate(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(localeOf(language), { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatDateTime(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(localeOf(language), {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function StatusBadge({ status }: { status: SurveyStatus }) {
  const { t } = useI18n();
  return (
    <span className={`survey-status survey-status-${status}`} data-testid="survey-status">
      {t(statusKey(status))}
    </span>
  );
}

/**
 * Renders `children` with the member's organisation slug and role, or asks to sign in. Every
 * survey management page needs a signed-in member.
 */
export function SignedIn({
  heading,
  children,
}: {
  heading: string;
  children: (member: { slug: string; role: Role; organisationName: string }) => ReactNode;
}) {
  const { t, language } = useI18n();
  const { state } = useSession();
  const path = usePath();
  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.status !== 'signed-in') {
    return (
      <section className="narrow">
        <PageHeading>{heading}</PageHeading>
        <p>
          {t('surveys.signInRequired')}{' '}
          <Link href={`${ROUTES.signIn}?next=${encodeURIComponent(path)}`}>{t('auth.signIn')}</Link>
        </p>
      </section>
    );
  }
  const { organisation, role } = state.session;
  const organisationName = language === 'ko' && organisation.nameKo ? organisation.nameKo : organisation.name;
  return <>{children({ slug: organisation.slug, role, organisationName })}</>;
}

const NAV_SECTIONS: SurveySection[] = [
  'overview',
  'edit',
  'distribute',
  'responses',
  'analytics',
  'into-index',
];

/** Links between the sections of one survey. */
export function SurveyNav({ surveyId, section }: { surveyId: string; section: SurveySection }) {
  const { t } = useI18n();
  return (
    <nav className="sub-nav survey-nav" aria-label={t('surveys.nav')}>
      <ul>
        <li>
          <Link href={ROUTES.surveys}>{t('surveys.backToList')}</Link>
        </li>
        {NAV_SECTIONS.map((s) => (
          <li key={s}>
            <Link href={surveyPath(surveyId, s)} aria-current={s === section ? 'page' : undefined}>
              {t(`surveys.section.${s}` as MessageKey)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A copy-to-clipboard button that says "Copied" for a moment. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="button button-secondary button-small"
      aria-label={label}
      onClick={async (event) => {
        const button = event.currentTarget;
        try {
          await navigator.clipboard.writeText(text);
        } catch {
          // No clipboard permission (e.g. plain http): select the link text for manual copying.
          const cell = button.closest('tr')?.querySelector('code');
          if (cell) window.getSelection()?.selectAllChildren(cell);
          return;
        }
        button.textContent = t('surveys.copied');
        setTimeout(() => {
          button.textContent = t('surveys.copy');
        }, 1500);
      }}
    >
      {t('surveys.copy')}
    </button>
  );
}
