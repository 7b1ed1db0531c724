import { useDeferredValue, useMemo, useState } from 'react';
import type { ApiError } from '../../api/problem.ts';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Language } from '../../i18n/language.ts';
import { LazySurvey } from '../../surveyjs/LazySurvey.tsx';
import { updateSurvey } from './api.ts';
import { asApiError, canEditSurveys } from './common.tsx';
import { type DefinitionIssue, formatDefinition, hasErrors, reviewDefinition } from './definitionCheck.ts';
import type { SectionProps } from './SurveyPage.tsx';

function IssueText({ issue }: { issue: DefinitionIssue }) {
  const { t } = useI18n();
  switch (issue.code) {
    case 'notJson':
      return (
        <>{t('surveys.issue.notJson', { line: issue.line, column: issue.column, message: issue.message })}</>
      );
    case 'notObject':
      return <>{t('surveys.issue.notObject')}</>;
    case 'noQuestions':
      return <>{t('surveys.issue.noQuestions')}</>;
    case 'unnamed':
      return <>{t('surveys.issue.unnamed', { path: issue.path })}</>;
    case 'duplicateName':
      return <>{t('surveys.issue.duplicateName', { name: issue.name })}</>;
    case 'missingLanguage':
      return (
        <>
          {t('surveys.issue.missingLanguage', {
            path: issue.path,
            language: t(issue.language === 'ko' ? 'surveys.language.ko' : 'surveys.language.en'),
          })}
        </>
      );
  }
}

/** The definition as JSON text, checked as you type, with the server's errors and a live preview. */
export function EditSection({ slug, role, survey, onChanged }: SectionProps) {
  const { t, language } = useI18n();
  const source = survey.draft ?? survey.published;
  const original = useMemo(() => formatDefinition(source?.definition ?? {}), [source]);
  const [text, setText] = useState(original);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [previewLanguage, setPreviewLanguage] = useState<Language>(language);
  const deferredText = useDeferredValue(text);
  const review = useMemo(() => reviewDefinition(deferredText), [deferredText]);
  const blocked = hasErrors(review.issues);
  const editable = canEditSurveys(role);
  const frozen = survey.draft === null && survey.published !== null;
  const dirty = text !== original;

  async function save() {
    const parsed = reviewDefinition(text);
    if (!parsed.json) return;
    setSaving(true);
    setError(null);
    setSaved(null);
    try {
      const next = await updateSurvey(slug, survey.id, { definition: parsed.json });
      setSaved(next.draft?.version ?? next.latestVersion);
      onChanged(next);
      if (next.draft) setText(formatDefinition(next.draft.definition));
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="survey-editor">
      <section className="survey-editor-source" aria-labelledby="survey-json-heading">
        <h2 id="survey-json-heading">{t('surveys.edit.heading')}</h2>
        <p>{t('surveys.edit.intro')}</p>
        {frozen && survey.published ? (
          <p className="notice">
            {t('surveys.edit.frozen', {
              version: survey.published.version,
              next: survey.published.version + 1,
            })}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="survey-json">{t('surveys.edit.jsonLabel')}</label>
          <textarea
            id="survey-json"
            className="survey-json"
            spellCheck={false}
            rows={24}
            value={text}
            readOnly={!editable}
            onChange={(event) => {
              setText(event.target.value);
              setSaved(null);
            }}
            aria-describedby="survey-json-checks"
            aria-invalid={blocked}
          />
        </div>
        <div id="survey-json-checks" className="survey-checks" aria-live="polite">
          <h3>{t('surveys.edit.checksHeading')}</h3>
          {review.issues.length === 0 ? (
            <p className="status-line">{t('surveys.edit.noIssues')}</p>
          ) : (
            <ul data-testid="definition-issues">
              {review.issues.map((issue, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity and are re-derived from the text.
                <li key={index} className={`issue-${issue.severity}`}>
                  <strong>
                    {t(issue.severity === 'error' ? 'surveys.issue.error' : 'surveys.issue.warning')}:
                  </strong>{' '}
                  <IssueText issue={issue} />
                </li>
              ))}
            </ul>
          )}
        </div>
        {error ? <ProblemMessage error={error} /> : null}
        {editable ? (
          <div className="dialog-actions">
            <button type="button" className="button" disabled={saving || blocked || !dirty} onClick={save}>
              {saving ? t('surveys.edit.saving') : t('surveys.edit.save')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={saving || !dirty}
              onClick={() => {
                setText(original);
                setError(null);
              }}
            >
              {t('surveys.edit.reset')}
            </button>
            {dirty ? <span className="muted">{t('surveys.edit.unsaved')}</span> : null}
          </div>
        ) : null}
        <p role="status" className="status-line">
          {saved !== null ? t('surveys.edit.saved', { version: saved }) : ''}
        </p>
      </section>
      <section className="survey-editor-preview" aria-labelledby="survey-preview-heading">
        <h2 id="survey-preview-heading">{t('surveys.edit.previewHeading')}</h2>
        {/* biome-ignore lint/a11y/useSemanticElements: a pair of toggle buttons, like the app's language switch. */}
        <div
          className="language-switch preview-language"
          role="group"
          aria-label={t('surveys.edit.previewLanguage')}
        >
          {(['ko', 'en'] as const).map((option) => (
            <button
              key={option}
              type="button"
              lang={option}
              aria-pressed={previewLanguage === option}
              onClick={() => setPreviewLanguage(option)}
            >
              {t(option === 'ko' ? 'language.ko' : 'language.en')}
            </button>
          ))}
        </div>
        <p className="muted">{t('surveys.edit.previewNote')}</p>
        {review.json && !blocked ? (
          <div className="survey-preview-box" data-testid="survey-preview">
            <LazySurvey json={review.json} locale={previewLanguage} preview />
          </div>
        ) : (
          <p className="notice">{t('surveys.edit.previewUnavailable')}</p>
        )}
      </section>
    </div>
  );
}
