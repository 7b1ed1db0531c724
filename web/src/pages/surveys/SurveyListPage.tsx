import { useEffect, useState } from 'react';
import type { Role } from '../../../../src/services/contract.ts';
import type { LocalizedText, SurveyDefinition } from '../../../../src/services/contract-surveys.ts';
import { FormField } from '../../components/FormField.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useApiData } from '../../components/useApiData.ts';
import { useServerForm } from '../../components/useServerForm.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { navigate } from '../../router/history.ts';
import { Link } from '../../router/Link.tsx';
import {
  createSurvey,
  listSurveys,
  listTemplates,
  type SurveySummary,
  type SurveyTemplateView,
} from './api.ts';
import { canEditSurveys, formatDate, kindKey, localized, SignedIn, StatusBadge } from './common.tsx';
import { innovationProfilePath, surveyPath } from './surveyPaths.ts';

/** The definition of a blank survey: one page, one bilingual question to edit. */
export const BLANK_DEFINITION: SurveyDefinition = {
  title: { default: 'New survey', ko: '새 설문' },
  pages: [
    {
      name: 'page1',
      elements: [
        {
          type: 'comment',
          name: 'q1',
          title: { default: 'Your question', ko: '질문을 입력하세요' },
        },
      ],
    },
  ],
};

const BLANK = '';

/** /surveys: the organisation's surveys and a form to start a new one. */
export function SurveyListPage() {
  const { t } = useI18n();
  return (
    <SignedIn heading={t('surveys.title')}>
      {({ slug, role, organisationName }) => (
        <article className="surveys">
          <PageHeading>{t('surveys.title')}</PageHeading>
          <p className="lead">{t('surveys.intro')}</p>
          <p>
            <Link href={innovationProfilePath()}>{t('surveys.profileLink')}</Link>
          </p>
          <SurveyList slug={slug} organisationName={organisationName} />
          <NewSurveyForm slug={slug} role={role} />
        </article>
      )}
    </SignedIn>
  );
}

function SurveyList({ slug, organisationName }: { slug: string; organisationName: string }) {
  const { t, language } = useI18n();
  const [surveys, reload] = useApiData(`surveys:${slug}`, () => listSurveys(slug));
  return (
    <Loaded value={surveys} onRetry={reload}>
      {(items: SurveySummary[]) =>
        items.length === 0 ? (
          <p className="notice">{t('surveys.empty')}</p>
        ) : (
          <TableScroll label={t('surveys.listCaption', { organisation: organisationName })}>
            <table className="data-table" data-testid="survey-list">
              <caption>{t('surveys.listCaption', { organisation: organisationName })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('surveys.column.title')}</th>
                  <th scope="col">{t('surveys.column.kind')}</th>
                  <th scope="col">{t('surveys.column.status')}</th>
                  <th scope="col" className="numeric">
                    {t('surveys.column.version')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('surveys.column.responses')}
                  </th>
                  <th scope="col">{t('surveys.column.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((survey) => (
                  <tr key={survey.id}>
                    <th scope="row">
                      <Link href={surveyPath(survey.id)}>{localized(survey.title, language)}</Link>
                      {survey.illustrative ? (
                        <span className="badge-illustrative">{t('surveys.illustrative')}</span>
                      ) : null}
                    </th>
                    <td>{t(kindKey(survey.kind))}</td>
                    <td>
                      <StatusBadge status={survey.status} />
                    </td>
                    <td className="numeric">{survey.latestVersion}</td>
                    <td className="numeric">{survey.counts.submitted}</td>
                    <td className="nowrap">{formatDate(survey.updatedAt, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )
      }
    </Loaded>
  );
}

const FORM_FIELDS = ['template', 'title', 'title.en', 'title.ko'] as const;

function NewSurveyForm({ slug, role }: { slug: string; role: Role }) {
  const { t, language } = useI18n();
  const [templates, reloadTemplates] = useApiData(`survey-templates:${slug}`, () => listTemplates(slug));
  const { values, update, submitting, error, errorsFor, handleSubmit } = useServerForm(
    { template: BLANK, titleEn: '', titleKo: '' },
    async (input) => {
      const en = input.titleEn.trim();
      const ko = input.titleKo.trim();
      const title: LocalizedText | undefined = en || ko ? { en: en || ko, ko: ko || en } : undefined;
      const created = await createSurvey(
        slug,
        input.template === BLANK
          ? {
              kind: 'other',
              title: title ?? { en: 'New survey', ko: '새 설문' },
              definition: BLANK_DEFINITION,
            }
          : { template: input.template, ...(title ? { title } : {}) },
      );
      navigate(surveyPath(created.id));
      return { result: created.id, next: input };
    },
  );

  // Start from the first built-in template once they are known (the blank survey stays a choice).
  const firstTemplate = templates.status === 'ready' ? templates.data[0]?.code : undefined;
  const [chosenDefault, setChosenDefault] = useState(false);
  useEffect(() => {
    if (firstTemplate && !chosenDefault) {
      setChosenDefault(true);
      update('template', firstTemplate);
    }
  }, [firstTemplate, chosenDefault, update]);

  if (!canEditSurveys(role)) return <p className="notice">{t('surveys.create.editorsOnly')}</p>;

  const chosen =
    templates.status === 'ready' ? templates.data.find((tpl) => tpl.code === values.template) : undefined;

  return (
    <form
      className="form survey-create"
      onSubmit={handleSubmit}
      aria-labelledby="new-survey-heading"
      noValidate
    >
      <h2 id="new-survey-heading">{t('surveys.create.heading')}</h2>
      <p>{t('surveys.create.intro')}</p>
      {templates.status === 'error' ? (
        <ProblemMessage error={templates.error} onRetry={reloadTemplates} />
      ) : null}
      {error ? <ProblemMessage error={error} fieldsShownInline={FORM_FIELDS} /> : null}
      <div className="form-grid">
        <FormField
          id="new-survey-template"
          label={t('surveys.create.template')}
          errors={errorsFor('template')}
        >
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              value={values.template}
              onChange={(event) => update('template', event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            >
              {(templates.status === 'ready' ? templates.data : []).map((tpl: SurveyTemplateView) => (
                <option key={tpl.code} value={tpl.code}>
                  {localized(tpl.title, language)}
                </option>
              ))}
              <option value={BLANK}>{t('surveys.create.blank')}</option>
            </select>
          )}
        </FormField>
        <FormField
          id="new-survey-title-ko"
          label={t('surveys.create.titleKo')}
          errors={[...errorsFor('title.ko'), ...errorsFor('title')]}
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              lang="ko"
              autoComplete="off"
              placeholder={chosen?.title.ko}
              value={values.titleKo}
              onChange={(event) => update('titleKo', event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </FormField>
        <FormField
          id="new-survey-title-en"
          label={t('surveys.create.titleEn')}
          errors={errorsFor('title.en')}
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              lang="en"
              autoComplete="off"
              placeholder={chosen?.title.en}
              value={values.titleEn}
              onChange={(event) => update('titleEn', event.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </FormField>
      </div>
      {chosen ? (
        <p className="survey-template-note" data-testid="template-description">
          {localized(chosen.description, language)} <span className="muted">({chosen.provenance})</span>
        </p>
      ) : null}
      <button type="submit" className="button" disabled={submitting}>
        {submitting ? t('surveys.create.submitting') : t('surveys.create.submit')}
      </button>
    </form>
  );
}
