/**
 * The SurveyJS form (survey-core + survey-react-ui, MIT). Imported only through LazySurvey, so the
 * library and its stylesheet load with the first survey shown, not with the app shell.
 */
import 'survey-core/survey-core.fontless.css';
import 'survey-core/i18n/korean';
import { useEffect, useMemo, useRef } from 'react';
import { Model, QuestionRatingModel } from 'survey-core';
import { Survey } from 'survey-react-ui';

export type SurveyLocale = 'ko' | 'en';

/** Up to this many points a rating scale shows as buttons even on a phone. */
const MAX_RATING_BUTTONS = 7;

export interface SurveyFormProps {
  /** A SurveyJS definition (JSON object). A new object re-creates the form. */
  json: Record<string, unknown>;
  locale: SurveyLocale;
  /** Answers to start from (resume) and the page to open. */
  initialData?: Record<string, unknown> | null;
  initialPageNo?: number;
  /** Every answer change (for the local draft). */
  onValueChanged?: (data: Record<string, unknown>, pageNo: number) => void;
  /** The respondent moved to another page (for the server-side partial save). */
  onPageChanged?: (data: Record<string, unknown>, pageNo: number) => void;
  /**
   * The respondent pressed "complete" and the last page is valid. The form does NOT complete
   * itself: the page decides what to show once the server acknowledged the submission.
   */
  onSubmit?: (data: Record<string, unknown>) => void;
  /** Preview: answers are possible but never submitted; "complete" only validates. */
  preview?: boolean;
  /** Disables completing while a submission is in flight. */
  busy?: boolean;
  /** False when the page shows the title itself (the respond page's h1). */
  showTitle?: boolean;
}

export function SurveyForm({
  json,
  locale,
  initialData,
  initialPageNo,
  onValueChanged,
  onPageChanged,
  onSubmit,
  preview = false,
  busy = false,
  showTitle = true,
}: SurveyFormProps) {
  // The latest callbacks, read when SurveyJS fires, so new closures do not re-create the model.
  const handlers = useRef({ onValueChanged, onPageChanged, onSubmit, busy, preview });
  handlers.current = { onValueChanged, onPageChanged, onSubmit, busy, preview };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the model is created once per definition; data and page only seed it.
  const model = useMemo(() => {
    const survey = new Model(json);
    survey.locale = locale;
    // Validate as the respondent goes, not only on "next".
    survey.checkErrorsMode = 'onValueChanged';
    survey.textUpdateMode = 'onTyping';
    survey.showCompletedPage = false;
    survey.showTitle = showTitle;
    // Short rating scales stay one-tap buttons on a phone instead of turning into dropdowns.
    for (const question of survey.getAllQuestions()) {
      if (question instanceof QuestionRatingModel && question.visibleRateValues.length <= MAX_RATING_BUTTONS)
        question.displayMode = 'buttons';
    }
    if (initialData && Object.keys(initialData).length > 0) survey.data = initialData;
    if (initialPageNo && initialPageNo > 0 && initialPageNo < survey.visiblePageCount)
      survey.currentPageNo = initialPageNo;
    const snapshot = () => ({ ...(survey.data as Record<string, unknown>) });
    survey.onValueChanged.add(() => handlers.current.onValueChanged?.(snapshot(), survey.currentPageNo));
    survey.onCurrentPageChanged.add(() => handlers.current.onPageChanged?.(snapshot(), survey.currentPageNo));
    survey.onCompleting.add((_, options) => {
      options.allow = false;
      if (handlers.current.busy || handlers.current.preview) return;
      handlers.current.onSubmit?.(snapshot());
    });
    return survey;
  }, [json]);

  useEffect(() => {
    model.locale = locale;
  }, [model, locale]);

  return <Survey model={model} />;
}
