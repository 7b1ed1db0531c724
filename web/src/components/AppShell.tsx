import { type ReactNode, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { ROUTES, type RouteName } from '../router/routes.ts';
import { AccountControls } from './AccountControls.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { MainNav } from './MainNav.tsx';

const NAV_ID = 'main-nav';

/** Landmarks: banner (brand, nav, language, account), main, contentinfo. */
export function AppShell({ route, children }: { route: RouteName; children: ReactNode }) {
  const { t } = useI18n();
  const [menuOpen, setMenuOpen] = useState(false);

  return (
    <div className={menuOpen ? 'shell menu-open' : 'shell'}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="header-bar">
          <Link className="brand" href={ROUTES.benchmark}>
            <span className="brand-mark" aria-hidden="true" />
            {t('app.name')}
          </Link>
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls={NAV_ID}
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('nav.menu')}
          </button>
          <MainNav id={NAV_ID} current={route} onNavigate={() => setMenuOpen(false)} />
          <div className="header-tools">
            <LanguageSwitch />
            <AccountControls />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}
