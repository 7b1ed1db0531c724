/**
 * A print-ready summary of a survey's analytics as one self-contained HTML document: inline CSS
 * (with print rules), no scripts, no external assets (fonts, images, styles). Bars are CSS widths.
 */
import type { InsightLang, QuestionAnalytics, SurveyAnalytics } from '../contract-survey-insights.ts';

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const WORDS = {
  en: {
    summary: 'Survey summary',
    responses: 'Submitted responses',
    denominator: 'Shares are of the responses that answered each question.',
    answered: 'answered',
    skipped: 'skipped',
    option: 'Answer',
    count: 'Count',
    share: 'Share',
    mean: 'Mean',
    median: 'Median',
    range: 'Range',
    freeText: 'free-text answers (listed in the analytics view and the export)',
    groups: 'Responses by respondent group',
    synthetic: 'SYNTHETIC DEMO DATA: these responses were generated for the demo and are not real answers.',
    row: 'Row',
    generated: 'Generated',
    version: 'definition version',
  },
  ko: {
    summary: '설문 요약',
    responses: '제출된 응답',
    denominator: '비율은 각 문항에 응답한 응답 수 기준입니다.',
    answered: '응답',
    skipped: '무응답',
    option: '답변',
    count: '수',
    share: '비율',
    mean: '평균',
    median: '중앙값',
    range: '범위',
    freeText: '개의 자유 응답 (분석 화면과 내보내기에서 목록 확인)',
    groups: '응답자 그룹별 응답',
    synthetic: '예시(합성) 데이터: 데모용으로 생성된 응답이며 실제 응답이 아닙니다.',
    row: '행',
    generated: '생성',
    version: '정의 버전',
  },
} as const;

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
const num = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2));

function choiceTable(choices: QuestionAnalytics['choices'], w: (typeof WORDS)[InsightLang]): string {
  const rows = choices
    .map(
      (c) =>
        `<tr><td>${escapeHtml(c.label)}</td><td class="n">${c.count}</td><td class="n">${pct(c.share)}</td>` +
        `<td class="bar"><span style="width:${Math.round(c.share * 100)}%"></span></td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th>${w.option}</th><th class="n">${w.count}</th><th class="n">${w.share}</th><th></th></tr></thead><tbody>${rows}</tbody></table>`;
}

function questionHtml(q: QuestionAnalytics, w: (typeof WORDS)[InsightLang]): string {
  const parts = [
    `<section class="q"><h2>${escapeHtml(q.title)}</h2>`,
    `<p class="meta">${q.answered} ${w.answered} · ${q.skipped} ${w.skipped}</p>`,
  ];
  if (q.stats)
    parts.push(
      `<p class="meta">${w.mean} ${num(q.stats.mean)} · ${w.median} ${num(q.stats.median)} · ${w.range} ${num(q.stats.min)}–${num(q.stats.max)} (n = ${q.stats.n})</p>`,
    );
  if (q.choices.length > 0) parts.push(choiceTable(q.choices, w));
  for (const row of q.rows) {
    for (const col of row.columns) {
      const title = col.name === '' ? row.label : `${row.label} / ${col.label}`;
      const stats = col.stats ? ` · ${w.mean} ${num(col.stats.mean)} (n = ${col.stats.n})` : '';
      parts.push(`<h3>${escapeHtml(title)}</h3><p class="meta">${col.answered} ${w.answered}${stats}</p>`);
      if (!col.stats && col.choices.length > 0) parts.push(choiceTable(col.choices, w));
    }
  }
  if (q.textAnswers > 0) parts.push(`<p class="meta">${q.textAnswers} ${w.freeText}</p>`);
  parts.push('</section>');
  return parts.join('');
}

const STYLE = `
body{font-family:system-ui,"Noto Sans KR","Nanum Gothic",sans-serif;color:#111;margin:2rem;max-width:60rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.05rem;margin:1.25rem 0 .25rem}h3{font-size:.95rem;margin:.75rem 0 .2rem}
.meta{color:#444;font-size:.85rem;margin:.15rem 0}
.synthetic{border:2px solid #b45309;background:#fffbeb;color:#7c2d12;padding:.5rem .75rem;font-weight:600}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.25rem 0}
th,td{border-bottom:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top}
.n{text-align:right;white-space:nowrap;width:5rem}
.bar{width:30%}.bar span{display:block;height:.7rem;background:#2563eb;print-color-adjust:exact;-webkit-print-color-adjust:exact}
section.q{break-inside:avoid}
@media print{body{margin:1cm}a{color:inherit}}
`;

export function summaryHtml(analytics: SurveyAnalytics, generatedAt: string): string {
  const lang = analytics.lang;
  const w = WORDS[lang];
  const s = analytics.survey;
  const groups = analytics.byGroup
    .map((g) => `<tr><td>${escapeHtml(g.group)}</td><td class="n">${g.count}</td></tr>`)
    .join('');
  return [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(`${w.summary}: ${s.title}`)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${escapeHtml(s.title)}</h1>`,
    `<p class="meta">${w.summary} · ${w.version} ${s.version ?? '–'} · ${w.generated} ${escapeHtml(generatedAt)}</p>`,
    s.synthetic ? `<p class="synthetic">${w.synthetic}</p>` : '',
    `<p><strong>${w.responses}: ${analytics.denominator.responses}</strong>. ${w.denominator}</p>`,
    `<p class="meta">${escapeHtml(s.provenance)}</p>`,
    groups ? `<h2>${w.groups}</h2><table><tbody>${groups}</tbody></table>` : '',
    ...analytics.questions.map((q) => questionHtml(q, w)),
    '</body></html>',
  ].join('\n');
}
