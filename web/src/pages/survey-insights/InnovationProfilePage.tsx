import { useMemo } from 'react';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { useApiData } from '../../components/useApiData.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router/Link.tsx';
import { useSession } from '../../session/SessionProvider.tsx';
import { useOrgSlug } from '../editions/useOrgSlug.ts';
import { surveyPath } from '../surveys/surveyPaths.ts';
import {
  getInnovationProfile,
  type InnovationProfile,
  type PeerFigure,
  type PeerPoolView,
  type ProfileAnswer,
  type ProfileQuestion,
  type ProfileSection,
} from './api.ts';
import { barChartHeight, peerBarsOption } from './chartOptions.ts';
import { IllustrativeNote, OriginBadge } from './OriginBadge.tsx';
import { chartPoints, figureContext, pick, populationText, questionCharts } from './profileView.ts';
import { SizedChart } from './SizedChart.tsx';

/** The city's innovation-capacity profile against the surveyed peers (like seed 002). */
export function InnovationProfilePage() {
  const { t } = useI18n();
  const slug = useOrgSlug();
  const [profile, reload] = useApiData(`innovation-profile:${slug}`, () => getInnovationProfile(slug));
  if (profile.status === 'ready') return <ProfileView profile={profile.data} />;
  return (
    <article className="survey-insights si-profile">
      <PageHeading>{t('profile.loadingHeading')}</PageHeading>
      {profile.status === 'error' ? (
        <ProblemMessage error={profile.error} onRetry={reload} />
      ) : (
        <p role="status">{t('app.loading')}</p>
      )}
    </article>
  );
}

function ProfileView({ profile }: { profile: InnovationProfile }) {
  const { t, language } = useI18n();
  const city = pick(language, profile.city.nameEn, profile.city.nameKo);
  const mayor = pick(language, profile.city.mayorEn, profile.city.mayorKo);
  const population = populationText(language, profile.city.population);
  const signedIn = useSession().state.status === 'signed-in';
  return (
    <article className="survey-insights si-profile" data-testid="innovation-profile">
      <PageHeading>{t('profile.heading', { city })}</PageHeading>
      <p className="lead">{pick(language, profile.source.titleEn, profile.source.titleKo)}</p>
      {profile.containsIllustrative ? (
        <IllustrativeNote text={t('profile.illustrativeNote')} provenance={profile.provenance} />
      ) : null}
      <dl className="figures card" data-testid="profile-facts">
        <div>
          <dt>{t('profile.country')}</dt>
          <dd>{pick(language, profile.city.countryEn, profile.city.countryKo)}</dd>
        </div>
        {mayor ? (
          <div>
            <dt>{t('profile.mayor')}</dt>
            <dd>{mayor}</dd>
          </div>
        ) : null}
        {population ? (
          <div>
            <dt>{t('profile.population')}</dt>
            <dd>{population}</dd>
          </div>
        ) : null}
      </dl>
      <PeerPools pools={profile.peerPools} />
      {profile.sections.length === 0 ? <p className="notice">{t('profile.noProfile')}</p> : null}
      {profile.sections.map((section) => (
        <SectionView key={section.code} section={section} pools={profile.peerPools} city={city} />
      ))}
      <section className="card si-sources" aria-labelledby="si-sources-heading">
        <h2 id="si-sources-heading">{t('profile.sourceHeading')}</h2>
        <p>
          {pick(language, profile.source.titleEn, profile.source.titleKo)} ({profile.source.document})
        </p>
        <p className="source-note">{pick(language, profile.source.noteEn, profile.source.noteKo)}</p>
        {profile.survey ? (
          <p className="source-note">
            {profile.survey.title}
            {signedIn ? (
              <>
                {' '}
                <Link href={surveyPath(profile.survey.id, 'analytics')}>{t('profile.analyticsLink')}</Link>
              </>
            ) : null}
          </p>
        ) : null}
      </section>
    </article>
  );
}

function PeerPools({ pools }: { pools: readonly PeerPoolView[] }) {
  const { t, language } = useI18n();
  return (
    <section className="card" aria-labelledby="si-pools-heading">
      <h2 id="si-pools-heading">{t('profile.peerPoolHeading')}</h2>
      <p>{t('profile.peerPoolIntro')}</p>
      <ul className="si-pools" data-testid="peer-pools">
        {pools.map((pool) => (
          <li key={pool.code} className="si-pool">
            <p className="si-pool-name">
              <strong>{pick(language, pool.labelEn, pool.labelKo)}</strong>{' '}
              <OriginBadge origin={pool.origin} />
            </p>
            <dl className="si-pool-facts">
              <div>
                <dt>{t('profile.wave')}</dt>
                <dd>{pick(language, pool.waveEn, pool.waveKo)}</dd>
              </div>
              <div>
                <dt>{t('profile.cities')}</dt>
                <dd>{pool.denominator ?? t('profile.denominatorNotStated')}</dd>
              </div>
            </dl>
            <p className="source-note">
              {pick(language, pool.noteEn, pool.noteKo)}
              {pool.source ? ` (${pool.source})` : ''}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function SectionView({
  section,
  pools,
  city,
}: {
  section: ProfileSection;
  pools: readonly PeerPoolView[];
  city: string;
}) {
  const { language } = useI18n();
  const headingId = `si-section-${section.code}`;
  return (
    <section className="card si-profile-section" aria-labelledby={headingId} data-section={section.code}>
      <h2 id={headingId}>{pick(language, section.titleEn, section.titleKo)}</h2>
      {section.statements.map((s) => (
        <p key={s.en} className="si-statement">
          {pick(language, s.en, s.ko)}
        </p>
      ))}
      {section.questions.map((q) => (
        <QuestionView key={q.name} question={q} pools={pools} city={city} />
      ))}
    </section>
  );
}

function PeerFigures({ peers }: { peers: readonly PeerFigure[] }) {
  const { t, language } = useI18n();
  if (peers.length === 0) return null;
  return (
    <ul className="si-peer-figures">
      {peers.map((f) => (
        <li key={f.pool} className="si-peer-figure" data-testid="peer-figure">
          <OriginBadge origin={f.origin} />{' '}
          {pick(language, f.statementEn, f.statementKo) ? (
            <span className="si-peer-statement">{pick(language, f.statementEn, f.statementKo)}</span>
          ) : null}{' '}
          <span className="si-peer-numbers">({figureContext(language, f)})</span>
          {f.sourceLine ? (
            <span className="si-source-line">{t('profile.sourceLine', { line: f.sourceLine })}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function AnswerItem({ answer }: { answer: ProfileAnswer }) {
  const { language } = useI18n();
  const detail = pick(language, answer.detailEn, answer.detailKo);
  return (
    <li className="si-answer">
      <span className="si-answer-label">{pick(language, answer.labelEn, answer.labelKo)}</span>
      {detail ? <span className="si-answer-detail">{detail}</span> : null}
      <PeerFigures peers={answer.peers} />
    </li>
  );
}

function QuestionView({
  question,
  pools,
  city,
}: {
  question: ProfileQuestion;
  pools: readonly PeerPoolView[];
  city: string;
}) {
  const { t, language } = useI18n();
  const title = pick(language, question.titleEn, question.titleKo);
  const charts = useMemo(() => questionCharts(question, pools, language), [question, pools, language]);
  const options = useMemo(
    () =>
      charts.map((chart) =>
        peerBarsOption(chart, {
          axis: chart.mode === 'percent' ? t('profile.percentAxis') : t('profile.countAxis'),
          city,
        }),
      ),
    [charts, t, city],
  );
  const note = pick(language, question.noteEn, question.noteKo);
  const others = question.otherOptions.filter((o) => o.peers.length > 0);
  return (
    <div className="si-question" data-question={question.name}>
      <h3>{title}</h3>
      {question.answers.length > 0 ? (
        <ul className="si-answers" aria-label={t('profile.cityAnswer', { city })}>
          {question.answers.map((a) => (
            <AnswerItem key={a.value} answer={a} />
          ))}
        </ul>
      ) : null}
      {charts.map((chart, index) => (
        <figure className="si-figure" key={chart.mode}>
          <SizedChart
            height={barChartHeight(
              Math.ceil(chart.categories.length * Math.max(1, chart.series.length * 0.8)),
            )}
            option={options[index] ?? {}}
            label={t('profile.chartSummary', { title, points: chartPoints(chart) })}
          />
          <figcaption className="source-note">
            {chart.series.map((s) => s.name).join(' · ')}. {t('profile.chosenMark', { city })}
          </figcaption>
        </figure>
      ))}
      {others.length > 0 ? (
        <details className="si-others" open={charts.length === 0}>
          <summary>{t('profile.otherOptionsHeading')}</summary>
          <ul className="si-answers si-answers-other">
            {others.map((a) => (
              <AnswerItem key={a.value} answer={a} />
            ))}
          </ul>
        </details>
      ) : null}
      {note ? <p className="source-note si-question-note">{note}</p> : null}
    </div>
  );
}
