import type { MessageKey } from '../i18n/en.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { moduleOf, ROUTES, type RouteName } from '../router/routes.ts';

const MODULES: Array<{ route: keyof typeof ROUTES; label: MessageKey }> = [
  { route: 'benchmark', label: 'nav.benchmark' },
  { route: 'surveys', label: 'nav.surveys' },
  { route: 'plans', label: 'nav.plans' },
  { route: 'admin', label: 'nav.admin' },
];

interface MainNavProps {
  id: string;
  current: RouteName;
  /** On a phone the nav is a drop-down; it closes after a choice. */
  onNavigate: () => void;
}

export function MainNav({ id, current, onNavigate }: MainNavProps) {
  const { t } = useI18n();
  return (
    <nav id={id} className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {MODULES.map(({ route, label }) => (
          <li key={route}>
            <Link
              href={ROUTES[route]}
              aria-current={moduleOf(current) === route ? 'page' : undefined}
              onClick={onNavigate}
            >
              {t(label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
