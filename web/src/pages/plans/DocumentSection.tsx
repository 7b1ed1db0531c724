import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { documentHref, exportHref, importIntoPlan } from './api.ts';
import { ImportPanel } from './ImportPanel.tsx';
import type { SectionProps } from './PlanFrame.tsx';
import { nameOf } from './planView.ts';

/** Export (CSV, XLSX), import with the row-by-row report, and the print-ready document. */
export function DocumentSection({ detail, slug, canEdit, refresh }: SectionProps) {
  const { t, language } = useI18n();
  const { plan } = detail;
  const planName = nameOf(plan, language);
  return (
    <>
      <PageHeading>{`${t('plans.section.document')}: ${planName}`}</PageHeading>
      <section aria-labelledby="plan-export-heading">
        <h2 id="plan-export-heading">{t('plans.document.exportHeading')}</h2>
        <p>{t('plans.document.exportIntro')}</p>
        <p className="toolbar">
          <a className="button" href={exportHref(slug, plan.id, 'csv')} download data-testid="export-csv">
            {t('plans.document.csv')}
          </a>{' '}
          <a
            className="button button-secondary"
            href={exportHref(slug, plan.id, 'xlsx')}
            download
            data-testid="export-xlsx"
          >
            {t('plans.document.xlsx')}
          </a>
        </p>
      </section>
      <section aria-labelledby="plan-print-heading">
        <h2 id="plan-print-heading">{t('plans.document.printHeading')}</h2>
        <p>{t('plans.document.printIntro')}</p>
        <ul className="plain-list">
          <li>
            <a
              href={documentHref(slug, plan.id, 'ko')}
              target="_blank"
              rel="noopener"
              hrefLang="ko"
              data-testid="document-ko"
            >
              {t('plans.document.openKo')}
            </a>
          </li>
          <li>
            <a
              href={documentHref(slug, plan.id, 'en')}
              target="_blank"
              rel="noopener"
              hrefLang="en"
              data-testid="document-en"
            >
              {t('plans.document.openEn')}
            </a>
          </li>
        </ul>
      </section>
      {canEdit ? (
        <ImportPanel
          id="plan-import"
          heading={t('plans.document.importHeading')}
          intro={t('plans.document.importIntro')}
          note={t('plans.document.importReplace')}
          upload={(file) => importIntoPlan(slug, plan.id, file)}
          onImported={refresh}
        />
      ) : null}
    </>
  );
}
