import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { ROUTES } from '../router/routes.ts';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section className="narrow">
      <PageHeading>{t('notFound.heading')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href={ROUTES.benchmark}>{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
