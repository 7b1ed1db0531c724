import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { LANGUAGES, type Language } from '../../i18n/language.ts';
import { exportHref, summaryHref } from './api.ts';

/** CSV / XLSX downloads with labels in Korean or English, and the printable summary. */
export function ExportPanel({ slug, surveyId }: { slug: string; surveyId: string }) {
  const { t, language } = useI18n();
  const [lang, setLang] = useState<Language>(language);
  return (
    <section className="card si-export" aria-labelledby="si-export-heading">
      <h2 id="si-export-heading">{t('analytics.exportHeading')}</h2>
      <p>{t('analytics.exportIntro')}</p>
      <div className="toolbar si-export-tools">
        <div className="field field-inline">
          <label htmlFor="si-export-lang">{t('analytics.exportLanguage')}</label>
          <select id="si-export-lang" value={lang} onChange={(e) => setLang(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`language.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <a
          className="button"
          href={exportHref(slug, surveyId, 'csv', lang)}
          download
          data-testid="export-csv"
        >
          {t('analytics.exportCsv')}
        </a>
        <a
          className="button"
          href={exportHref(slug, surveyId, 'xlsx', lang)}
          download
          data-testid="export-xlsx"
        >
          {t('analytics.exportXlsx')}
        </a>
        <a
          className="button button-secondary"
          href={summaryHref(slug, surveyId, lang)}
          target="_blank"
          rel="noopener"
          data-testid="printable-summary"
        >
          {t('analytics.printable')}
        </a>
      </div>
      <p className="source-note">{t('analytics.printableNote')}</p>
    </section>
  );
}
