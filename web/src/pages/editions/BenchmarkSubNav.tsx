import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router/Link.tsx';
import { ROUTES, type RouteName } from '../../router/routes.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { canManage } from '../manage/roles.ts';

const SECTIONS: Array<{ href: string; label: MessageKey; routes: RouteName[]; editorsOnly?: true }> = [
  { href: ROUTES.benchmark, label: 'bench.nav.published', routes: ['benchmark'] },
  { href: ROUTES.editions, label: 'bench.nav.rankings', routes: ['editions', 'edition', 'city'] },
  { href: ROUTES.benchmarkMap, label: 'bench.nav.map', routes: ['benchmarkMap'] },
  { href: ROUTES.compare, label: 'bench.nav.compare', routes: ['compare'] },
  { href: ROUTES.manage, label: 'manage.nav.link', routes: ['manage'], editorsOnly: true },
];

/**
 * The Benchmark module's sections: the published history (landing page), the model's pages and,
 * for editors and administrators, edition management.
 */
export function BenchmarkSubNav({ route }: { route: RouteName }) {
  const { t } = useI18n();
  const { state } = useSession();
  const editor = state.status === 'signed-in' && canManage(state.session.role);
  return (
    <nav className="sub-nav" aria-label={t('bench.nav.label')}>
      <ul>
        {SECTIONS.filter((section) => editor || !section.editorsOnly).map((section) => (
          <li key={section.href}>
            <Link href={section.href} aria-current={section.routes.includes(route) ? 'page' : undefined}>
              {t(section.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
