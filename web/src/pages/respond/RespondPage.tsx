import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SurveyAnswers } from '../../../../src/services/contract-surveys.ts';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { localeOf } from '../../i18n/language.ts';
import { routeParam } from '../../router/routes.ts';
import { usePath } from '../../router/usePath.ts';
import { LazySurvey } from '../../surveyjs/LazySurvey.tsx';
import { browserStorage, chooseResume, clearDraft, type Draft, readDraft, writeDraft } from './draftStore.ts';
import { localText } from './localText.ts';
import {
  classifyRefusal,
  clearResumeToken,
  fieldMessages,
  type RespondRefusal,
  type RespondSaveResult,
  type RespondView,
  readResumeToken,
  respondRequest,
  saveAnswers,
  submitAnswers,
  writeResumeToken,
} from './respondApi.ts';
import { clearPending, readPending, submitExactlyOnce } from './submitOnce.ts';

type Phase =
  | { kind: 'loading' }
  | { kind: 'refused'; reason: RespondRefusal; retryAfter: number | null; detail: string | null }
  | { kind: 'answering'; view: RespondView; resume: Draft | null }
  | { kind: 'thanks' };

type SubmitState =
  | { kind: 'idle' }
  | { kind: 'sending'; resending: boolean }
  | { kind: 'invalid'; messages: string[] }
  | { kind: 'unreachable' }
  | { kind: 'rateLimited'; retryAfter: number | null };

const REFUSAL_MESSAGES: Record<Exclude<RespondRefusal, 'rateLimited' | 'invalid'>, MessageKey> = {
  notFound: 'respond.notFound',
  expired: 'respond.expired',
  notOpen: 'respond.notOpen',
  quotaFull: 'respond.quotaFull',
  alreadySubmitted: 'respond.alreadySubmitted',
  other: 'respond.notOpen',
};

const description = (definition: Record<string, unknown>, language: 'ko' | 'en') =>
  localText(definition.description, language);

const detailOf = (body: unknown): string | null =>
  typeof body === 'object' && body !== null && typeof (body as { detail?: unknown }).detail === 'string'
    ? (body as { detail: string }).detail
    : null;

/** The public answering page of a survey (/respond/{token}): no app shell, built for phones. */
export function RespondPage() {
  const token = routeParam(usePath(), 'respond') ?? '';
  const { t, language } = useI18n();
  const storage = useMemo(() => browserStorage(), []);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [submit, setSubmit] = useState<SubmitState>({ kind: 'idle' });
  const [savedAt, setSavedAt] = useState<{ at: Date; ok: boolean } | null>(null);
  const resumeToken = useRef<string | null>(readResumeToken(storage, token));
  const languageRef = useRef(language);
  languageRef.current = language;
  const answersRef = useRef<SurveyAnswers>({});

  const refuse = useCallback(
    (status: number, body: unknown, retryAfter: number | null = null) => {
      const reason = classifyRefusal(status, body);
      if (reason === 'alreadySubmitted') {
        clearDraft(storage, token);
        clearPending(storage, token);
      }
      setPhase({ kind: 'refused', reason, retryAfter, detail: detailOf(body) });
    },
    [storage, token],
  );

  const send = useCallback(
    async (answers: SurveyAnswers, resending: boolean) => {
      setSubmit({ kind: 'sending', resending });
      const outcome = await submitExactlyOnce(token, answers, {
        storage,
        send: (body, key) => submitAnswers(token, body, languageRef.current, key, resumeToken.current),
      });
      switch (outcome.kind) {
        case 'acknowledged':
          clearDraft(storage, token);
          setSubmit({ kind: 'idle' });
          setPhase({ kind: 'thanks' });
          return;
        case 'rateLimited':
          setSubmit({ kind: 'rateLimited', retryAfter: outcome.retryAfter });
          return;
        case 'unreachable':
          setSubmit({ kind: 'unreachable' });
          return;
        case 'rejected': {
          const reason = classifyRefusal(outcome.status, outcome.body);
          if (reason === 'invalid') {
            setSubmit({ kind: 'invalid', messages: fieldMessages(outcome.body) });
            return;
          }
          setSubmit({ kind: 'idle' });
          refuse(outcome.status, outcome.body);
        }
      }
    },
    [storage, token, refuse],
  );

  // Load the definition and saved answers; re-send a submission that was never acknowledged.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per token.
  useEffect(() => {
    let cancelled = false;
    setPhase({ kind: 'loading' });
    const load = async () => {
      let result = await respondRequest('GET', token, { resumeToken: resumeToken.current });
      // A stale open-link resume token (e.g. from an earlier database) is dropped: start afresh.
      if (result.status === 404 && resumeToken.current) {
        resumeToken.current = null;
        clearResumeToken(storage, token);
        result = await respondRequest('GET', token);
      }
      return result;
    };
    load().then((result) => {
      if (cancelled) return;
      if (result.status !== 200) {
        refuse(result.status, result.body, result.retryAfter ?? null);
        return;
      }
      const view = result.body as RespondView;
      const pending = readPending(storage, token);
      if (view.response?.status === 'submitted') {
        clearDraft(storage, token);
        clearPending(storage, token);
        // Our own unacknowledged submission reached the server after all: thank, don't refuse.
        if (pending) setPhase({ kind: 'thanks' });
        else setPhase({ kind: 'refused', reason: 'alreadySubmitted', retryAfter: null, detail: null });
        return;
      }
      // A closed survey still answers GET (with its status): say so instead of showing the form.
      if (view.survey.status !== 'open') {
        setPhase({ kind: 'refused', reason: 'notOpen', retryAfter: null, detail: null });
        return;
      }
      const resume = chooseResume(
        readDraft(storage, token),
        view.response ? { data: view.response.answers, savedAt: view.response.updatedAt } : null,
      );
      answersRef.current = resume?.data ?? {};
      setPhase({ kind: 'answering', view, resume });
      if (pending) void send(pending.answers, true);
    });
    return () => {
      cancelled = true;
    };
  }, [token]);

  const onValueChanged = useCallback(
    (data: SurveyAnswers, pageNo: number) => {
      answersRef.current = data;
      writeDraft(storage, token, { data, pageNo, savedAt: new Date().toISOString() });
    },
    [storage, token],
  );

  const onPageChanged = useCallback(
    (data: SurveyAnswers, pageNo: number) => {
      answersRef.current = data;
      writeDraft(storage, token, { data, pageNo, savedAt: new Date().toISOString() });
      void saveAnswers(token, data, languageRef.current, resumeToken.current).then((result) => {
        const ok = result.status === 200 || result.status === 201;
        if (ok) {
          const saved = result.body as RespondSaveResult;
          if (saved.resumeToken) {
            resumeToken.current = saved.resumeToken;
            writeResumeToken(storage, token, saved.resumeToken);
          }
        }
        setSavedAt({ at: new Date(), ok });
      });
    },
    [storage, token],
  );

  const onSubmit = useCallback((data: SurveyAnswers) => void send(data, false), [send]);

  const title =
    phase.kind === 'answering'
      ? language === 'ko'
        ? phase.view.survey.title.ko || phase.view.survey.title.en
        : phase.view.survey.title.en || phase.view.survey.title.ko
      : t('surveys.title');

  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);

  return (
    <div className="respond-page">
      <header className="respond-header">
        <span className="respond-brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main id="main" className="respond-main">
        {phase.kind === 'loading' ? <p role="status">{t('respond.loading')}</p> : null}
        {phase.kind === 'refused' ? <Refusal phase={phase} /> : null}
        {phase.kind === 'thanks' ? (
          <section className="respond-thanks" aria-labelledby="respond-thanks-heading">
            <h1 id="respond-thanks-heading" tabIndex={-1}>
              {t('respond.thanksHeading')}
            </h1>
            <p>{t('respond.thanksBody')}</p>
          </section>
        ) : null}
        {phase.kind === 'answering' ? (
          <>
            <h1 className="respond-title">{title}</h1>
            {phase.view.survey.illustrative ? (
              <p className="badge-illustrative">{t('surveys.illustrative')}</p>
            ) : null}
            {description(phase.view.definition, language) ? (
              <p className="respond-description">{description(phase.view.definition, language)}</p>
            ) : null}
            <p className="respond-note">
              {phase.resume ? `${t('respond.resumed')} ` : ''}
              {t('respond.savedLocally')}
            </p>
            <LazySurvey
              json={phase.view.definition}
              locale={language}
              initialData={phase.resume?.data ?? null}
              initialPageNo={phase.resume?.pageNo ?? 0}
              onValueChanged={onValueChanged}
              onPageChanged={onPageChanged}
              onSubmit={onSubmit}
              busy={submit.kind === 'sending'}
              showTitle={false}
            />
            <div className="respond-status" aria-live="polite">
              {savedAt ? (
                <p className={savedAt.ok ? 'status-line' : 'notice'}>
                  {savedAt.ok
                    ? t('respond.savedServer', {
                        time: savedAt.at.toLocaleTimeString(localeOf(language), {
                          hour: '2-digit',
                          minute: '2-digit',
                        }),
                      })
                    : t('respond.saveFailed')}
                </p>
              ) : null}
              <SubmitMessage state={submit} onRetry={() => void send(answersRef.current, true)} />
            </div>
            <p className="respond-note">{t('respond.privacy')}</p>
          </>
        ) : null}
      </main>
    </div>
  );
}

function Refusal({ phase }: { phase: Extract<Phase, { kind: 'refused' }> }) {
  const { t } = useI18n();
  let message: string;
  if (phase.reason === 'rateLimited')
    message =
      phase.retryAfter !== null
        ? t('respond.rateLimited', { seconds: phase.retryAfter })
        : t('respond.rateLimitedSoon');
  else if (phase.reason === 'invalid') message = t('respond.notFound');
  else message = t(REFUSAL_MESSAGES[phase.reason]);
  const heading =
    phase.reason === 'alreadySubmitted' ? t('respond.thanksHeading') : t('respond.errorHeading');
  return (
    <section className="respond-refusal" aria-labelledby="respond-refusal-heading" data-reason={phase.reason}>
      <h1 id="respond-refusal-heading" tabIndex={-1}>
        {heading}
      </h1>
      <p className={phase.reason === 'alreadySubmitted' ? 'notice notice-success' : 'notice'} role="status">
        {message}
      </p>
    </section>
  );
}

function SubmitMessage({ state, onRetry }: { state: SubmitState; onRetry: () => void }) {
  const { t } = useI18n();
  switch (state.kind) {
    case 'idle':
      return null;
    case 'sending':
      return <p role="status">{t(state.resending ? 'respond.pendingFound' : 'respond.submitting')}</p>;
    case 'invalid':
      return (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{t('respond.invalid')}</p>
          <ul>
            {state.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      );
    case 'unreachable':
    case 'rateLimited':
      return (
        <div className="notice notice-error" role="alert">
          <p>
            {state.kind === 'unreachable'
              ? t('respond.unreachable')
              : state.retryAfter !== null
                ? t('respond.rateLimited', { seconds: state.retryAfter })
                : t('respond.rateLimitedSoon')}
          </p>
          <button type="button" className="button" onClick={onRetry}>
            {t('respond.tryAgain')}
          </button>
        </div>
      );
  }
}
