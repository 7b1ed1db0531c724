import { lazy, Suspense } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { SurveyFormProps } from './SurveyForm.tsx';

export type { SurveyFormProps, SurveyLocale } from './SurveyForm.tsx';

// SurveyJS (library + stylesheet) is large; load it with the first survey, not with the shell.
const SurveyFormChunk = lazy(() =>
  import('./SurveyForm.tsx').then((module) => ({ default: module.SurveyForm })),
);

export function LazySurvey(props: SurveyFormProps) {
  const { t } = useI18n();
  return (
    <Suspense
      fallback={
        <p role="status" aria-busy="true">
          {t('app.loading')}
        </p>
      }
    >
      <SurveyFormChunk {...props} />
    </Suspense>
  );
}
