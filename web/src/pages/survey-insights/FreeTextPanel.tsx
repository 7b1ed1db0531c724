import { useState } from 'react';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { useApiData } from '../../components/useApiData.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { getFreeText } from './api.ts';
import { formatDate } from './format.ts';
import { filterTexts } from './tables.ts';

/** Every non-empty free-text answer, newest first, with a search box. */
export function FreeTextPanel({ slug, surveyId }: { slug: string; surveyId: string }) {
  const { t, language } = useI18n();
  const [query, setQuery] = useState('');
  const [texts, reload] = useApiData(`free-text:${slug}:${surveyId}:${language}`, () =>
    getFreeText(slug, surveyId, language),
  );
  return (
    <section className="card si-free-text" aria-labelledby="si-free-text-heading">
      <h2 id="si-free-text-heading">{t('analytics.freeTextHeading')}</h2>
      {texts.status === 'loading' ? <p role="status">{t('app.loading')}</p> : null}
      {texts.status === 'error' ? <ProblemMessage error={texts.error} onRetry={reload} /> : null}
      {texts.status === 'ready' ? (
        texts.data.questions.every((q) => q.answers.length === 0) ? (
          <p className="muted">{t('analytics.freeTextNone')}</p>
        ) : (
          <>
            <div className="field">
              <label htmlFor="si-free-text-search">{t('analytics.freeTextSearch')}</label>
              <input
                id="si-free-text-search"
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
            </div>
            {texts.data.questions
              .filter((q) => q.answers.length > 0)
              .map((q) => {
                const shown = filterTexts(q.answers, query);
                return (
                  <div key={q.name} className="si-free-text-question">
                    <h3>{q.title}</h3>
                    <p className="source-note" aria-live="polite">
                      {t('analytics.freeTextCount', { shown: shown.length, total: q.answers.length })}
                    </p>
                    <ul className="si-free-text-list">
                      {shown.map((a) => (
                        <li key={a.responseId}>
                          <blockquote>{a.text}</blockquote>
                          <p className="muted">
                            {a.group || t('analytics.noGroup')}
                            {a.submittedAt ? ` · ${formatDate(language, a.submittedAt)}` : ''}
                          </p>
                        </li>
                      ))}
                    </ul>
                  </div>
                );
              })}
          </>
        )
      ) : null}
    </section>
  );
}
