import type { MessageKey } from '../../i18n/en.ts';
import type { Language } from '../../i18n/language.ts';
import type { PeerFigure, PeerOrigin, PeerPoolView, ProfileAnswer, ProfileQuestion } from './api.ts';
import type { PeerChart } from './chartOptions.ts';
import { formatCount } from './format.ts';

/** Text of a bilingual field pair in the chosen language (English when the Korean is empty). */
export function pick(language: Language, en: string, ko: string): string;
export function pick(language: Language, en: string | null, ko: string | null): string | null;
export function pick(language: Language, en: string | null, ko: string | null): string | null {
  return language === 'ko' ? ko || en : en;
}

export const ORIGIN_KEYS: Record<PeerOrigin, MessageKey> = {
  published: 'profile.origin.published',
  illustrative: 'profile.origin.illustrative',
  survey: 'profile.origin.survey',
};

/** A figure's share as a whole percent: stated, or computed from count and denominator. */
export function figurePercent(figure: Pick<PeerFigure, 'share' | 'count' | 'denominator'>): number | null {
  if (figure.share !== null && Number.isFinite(figure.share)) return Math.floor(figure.share * 100 + 0.5);
  if (figure.count !== null && figure.denominator !== null && figure.denominator > 0) {
    return Math.floor((figure.count / figure.denominator) * 100 + 0.5);
  }
  return null;
}

/**
 * The peer figure with its denominator and wave always stated, e.g.
 * "50% of 120 cities surveyed · 2020 survey", "79 cities (number surveyed not stated) · 2018 survey",
 * "조사 도시 120곳 중 50% · 2020년 조사".
 */
export function peerFigureText(language: Language, figure: PeerFigure): string {
  const wave = pick(language, figure.waveEn, figure.waveKo);
  const percent = figurePercent(figure);
  const n = figure.denominator === null ? null : formatCount(language, figure.denominator);
  const count = figure.count === null ? null : formatCount(language, figure.count);
  let body: string;
  if (language === 'ko') {
    if (figure.share !== null && percent !== null)
      body = n === null ? `조사 도시의 ${percent}% (조사 도시 수 미기재)` : `조사 도시 ${n}곳 중 ${percent}%`;
    else if (count !== null)
      body = n === null ? `${count}곳 (조사 도시 수 미기재)` : `조사 도시 ${n}곳 중 ${count}곳 (${percent}%)`;
    else body = '정확한 수치는 출처에 없음';
  } else if (figure.share !== null && percent !== null) {
    body =
      n === null
        ? `${percent}% of cities surveyed (number of cities not stated)`
        : `${percent}% of ${n} cities surveyed`;
  } else if (count !== null) {
    const cities = figure.count === 1 ? 'city' : 'cities';
    body =
      n === null
        ? `${count} ${cities} (number surveyed not stated)`
        : `${count} of ${n} cities surveyed (${percent}%)`;
  } else body = 'no exact figure in the source';
  return `${body} · ${wave}`;
}

/**
 * What a figure's own statement leaves out: its denominator (or that the source does not state
 * one) and its wave, e.g. "of 40 cities · 2025 demo wave", "number of cities not stated · …".
 * A figure without a statement gets the whole sentence (`peerFigureText`).
 */
export function figureContext(language: Language, figure: PeerFigure): string {
  const statement = pick(language, figure.statementEn, figure.statementKo);
  if (!statement) return peerFigureText(language, figure);
  const wave = pick(language, figure.waveEn, figure.waveKo);
  if (figure.denominator === null) {
    return language === 'ko' ? `조사 도시 수 미기재 · ${wave}` : `number of cities not stated · ${wave}`;
  }
  const n = formatCount(language, figure.denominator);
  return language === 'ko' ? `기준 ${n}개 도시 · ${wave}` : `denominator ${n} cities · ${wave}`;
}

/** The pools in the order the profile lists them, then any pool only the figures name. */
function poolOrder(pools: readonly PeerPoolView[], figures: readonly PeerFigure[]): string[] {
  const codes = pools.map((p) => p.code);
  for (const f of figures) if (!codes.includes(f.pool)) codes.push(f.pool);
  return codes;
}

/**
 * A question's peer figures as bar charts (chosen answers first, then the other options). A pool
 * whose figures give shares is drawn in percent; a pool that states only numbers of cities (no
 * denominator, like the published profile) is drawn in numbers of cities, on its own chart, so the
 * two scales never share an axis. A chart needs at least two options with a figure: a single bar
 * says nothing the sentence beside the answer does not.
 */
export function questionCharts(
  question: ProfileQuestion,
  pools: readonly PeerPoolView[],
  language: Language,
): PeerChart[] {
  const items: { answer: ProfileAnswer; chosen: boolean }[] = [
    ...question.answers.map((answer) => ({ answer, chosen: true })),
    ...question.otherOptions.map((answer) => ({ answer, chosen: false })),
  ];
  const figures = items.flatMap((i) => i.answer.peers);
  const charts: PeerChart[] = [];
  for (const mode of ['count', 'percent'] as const) {
    const series = poolOrder(pools, figures)
      .filter((code) => {
        const own = figures.filter((f) => f.pool === code);
        const hasShare = own.some((f) => figurePercent(f) !== null);
        return mode === 'percent' ? hasShare : !hasShare && own.some((f) => f.count !== null);
      })
      .map((code) => {
        const pool = pools.find((p) => p.code === code);
        const origin = pool?.origin ?? figures.find((f) => f.pool === code)?.origin ?? 'published';
        return {
          name: pool ? pick(language, pool.labelEn, pool.labelKo) : code,
          origin,
          values: items.map((i) => {
            const f = i.answer.peers.find((x) => x.pool === code);
            if (!f) return null;
            return mode === 'percent' ? figurePercent(f) : f.count;
          }),
        };
      });
    const keep = items.map((_, index) => series.some((s) => s.values[index] !== null));
    if (keep.filter(Boolean).length < 2) continue;
    charts.push({
      mode,
      categories: items
        .filter((_, index) => keep[index])
        .map((i) => ({ label: pick(language, i.answer.labelEn, i.answer.labelKo), chosen: i.chosen })),
      series: series.map((s) => ({ ...s, values: s.values.filter((_, index) => keep[index]) })),
    });
  }
  return charts;
}

/** "Tourism 20%, Housing 45%": the chart's text equivalent for screen readers. */
export function chartPoints(chart: PeerChart): string {
  const suffix = chart.mode === 'percent' ? '%' : '';
  return chart.categories
    .map((c, i) => {
      const values = chart.series.map((s) => s.values[i]).filter((v): v is number => v !== null);
      return `${c.chosen ? '◆ ' : ''}${c.label} ${values.map((v) => `${v}${suffix}`).join(' / ') || '–'}`;
    })
    .join(', ');
}

/** Population line as the seed spells it: "3,500,000 (2019)". */
export function populationText(
  language: Language,
  population: { value: number; year: number } | null,
): string | null {
  return population ? `${formatCount(language, population.value)} (${population.year})` : null;
}
