/**
 * The print-ready plan document: one self-contained HTML page (inline CSS, no scripts, no external
 * assets) with the plan's facts, roll-ups and item tree. Korean shows money in 조/억, English in
 * billions of won (exact decimals, never rounded). Illustrative items are marked as such.
 */
import type { OrganisationRow } from '../../db/index.ts';
import { formatKrwEnglish, formatKrwKorean } from '../../engine/planning/money.ts';
import type { PlanDetails, PlanItemNode } from '../contract-plans.ts';
import type { AnalysedPlan, PlanData } from './views.ts';

type Lang = 'ko' | 'en';

const LABELS = {
  ko: {
    kind: {
      growth_strategy: '성장전략',
      informatization_master_plan: '정보화 기본계획',
      other: '기타 계획',
    },
    planStatus: {
      draft: '초안',
      adopted: '확정',
      in_progress: '추진 중',
      completed: '완료',
      archived: '보관',
    },
    itemStatus: {
      proposed: '제안',
      planned: '계획',
      in_progress: '추진 중',
      completed: '완료',
      on_hold: '보류',
      cancelled: '취소',
    },
    levels: { strategy: '전략', initiative: '추진과제', project: '사업', task: '과제' },
    type: { new: '신규', upgraded: '고도화(계속)', expanded: '확대', unspecified: '미지정' },
    horizon: { short: '단기', mid: '중기', long: '장기', unspecified: '미지정' },
    source: { national: '국비', municipal: '시비', private: '민자', other: '기타' },
    period: '계획 기간',
    status: '상태',
    vision: '비전',
    provenance: '출처',
    illustrativeNotice:
      '‘예시’로 표시된 항목은 원자료에 없는 내용을 CityBench가 채운 것으로, 실제 계획 내용이 아닙니다.',
    illustrative: '예시',
    translated: 'CityBench 번역',
    summary: '요약',
    stated: '제시된 총액(봉투)',
    itemised: '세부 편성액',
    unallocated: '미배분액',
    byLevel: '수준별 항목 수',
    level: '수준',
    items: '항목 수',
    byType: '사업 유형별',
    bySource: '재원별 편성액',
    byYear: '연도별·재원별 편성액',
    year: '연도',
    total: '합계',
    byTag: '연계 국가정책(태그)별',
    tag: '태그',
    amount: '금액',
    tree: '전략 체계',
    code: '코드',
    name: '명칭',
    typeCol: '유형',
    horizonCol: '기간',
    lead: '주관부서',
    partners: '협력기관·앵커기업',
    schedule: '일정',
    budget: '예산',
    envelope: '총액',
    legalBasis: '법적 근거',
    predecessor: '이전 계획',
    alignment: '국가정책 연계',
    study: '수립 용역',
    duration: '기간',
    months: '개월',
    contractor: '수행기관',
    scope: '과업 범위',
    meetings: '회의',
    agenda: '진행 순서',
    time: '시간',
    content: '내용',
    generated: '작성',
    notes: '참고',
    none: '없음',
  },
  en: {
    kind: {
      growth_strategy: 'Growth strategy',
      informatization_master_plan: 'Informatization master plan',
      other: 'Other plan',
    },
    planStatus: {
      draft: 'Draft',
      adopted: 'Adopted',
      in_progress: 'In progress',
      completed: 'Completed',
      archived: 'Archived',
    },
    itemStatus: {
      proposed: 'Proposed',
      planned: 'Planned',
      in_progress: 'In progress',
      completed: 'Completed',
      on_hold: 'On hold',
      cancelled: 'Cancelled',
    },
    levels: { strategy: 'Strategy', initiative: 'Initiative', project: 'Project', task: 'Task' },
    type: { new: 'New', upgraded: 'Upgraded (ongoing)', expanded: 'Expanded', unspecified: 'Unspecified' },
    horizon: { short: 'Short term', mid: 'Mid term', long: 'Long term', unspecified: 'Unspecified' },
    source: { national: 'National', municipal: 'Municipal', private: 'Private', other: 'Other' },
    period: 'Period',
    status: 'Status',
    vision: 'Vision',
    provenance: 'Source',
    illustrativeNotice:
      'Items marked “Illustrative” fill gaps in the sources with CityBench placeholders; they are not the plan’s content.',
    illustrative: 'Illustrative',
    translated: 'translated by CityBench',
    summary: 'Summary',
    stated: 'Stated total (envelopes)',
    itemised: 'Itemised budget',
    unallocated: 'Unallocated',
    byLevel: 'Items by level',
    level: 'Level',
    items: 'Items',
    byType: 'By project type',
    bySource: 'Itemised budget by funding source',
    byYear: 'Itemised budget by year and funding source',
    year: 'Year',
    total: 'Total',
    byTag: 'By alignment tag (national initiatives)',
    tag: 'Tag',
    amount: 'Amount',
    tree: 'Strategies, initiatives and projects',
    code: 'Code',
    name: 'Name',
    typeCol: 'Type',
    horizonCol: 'Horizon',
    lead: 'Lead department',
    partners: 'Partners and anchor companies',
    schedule: 'Schedule',
    budget: 'Budget',
    envelope: 'Envelope',
    legalBasis: 'Legal basis',
    predecessor: 'Previous plan',
    alignment: 'National alignment',
    study: 'Planning study',
    duration: 'Duration',
    months: 'months',
    contractor: 'Contractor',
    scope: 'Scope',
    meetings: 'Meetings',
    agenda: 'Agenda',
    time: 'Time',
    content: 'Content',
    generated: 'Generated',
    notes: 'Notes',
    none: 'none',
  },
} as const;

function esc(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export function formatMoney(amount: string | bigint, lang: Lang): string {
  const value = typeof amount === 'bigint' ? amount : BigInt(amount);
  return lang === 'ko' ? formatKrwKorean(value) : formatKrwEnglish(value, { unit: 'billion' });
}

const CSS = `
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", system-ui, sans-serif; font-size: 10pt; color: #111; margin: 0 auto; max-width: 190mm; line-height: 1.45; }
h1 { font-size: 17pt; margin: 0 0 4pt; }
h2 { font-size: 12.5pt; margin: 16pt 0 6pt; border-bottom: 1.5pt solid #1f3a5f; padding-bottom: 2pt; color: #1f3a5f; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 10pt 0 4pt; break-after: avoid; }
.sub { color: #444; margin: 0 0 8pt; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 6pt 0; }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; }
.notice { border: 1pt solid #b7791f; background: #fffaf0; padding: 5pt 7pt; margin: 8pt 0; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt; font-size: 9pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.5pt solid #999; padding: 2.5pt 4pt; vertical-align: top; text-align: left; }
th { background: #eef2f7; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
td.budget { text-align: right; font-variant-numeric: tabular-nums; }
td.budget .k { color: #555; font-size: 8pt; }
table.tree { table-layout: fixed; }
table.tree td { overflow-wrap: anywhere; }
tr.depth-1 td { background: #f3f6fa; font-weight: 600; }
tr.depth-2 td { background: #fafbfc; }
.badge { display: inline-block; border: 0.5pt solid #b7791f; color: #7b4a00; border-radius: 3pt; padding: 0 3pt; font-size: 8pt; font-weight: 400; margin-left: 3pt; }
.alt { color: #555; font-size: 8.5pt; font-weight: 400; }
.lines { margin: 0; padding: 0; list-style: none; font-size: 8.5pt; }
footer { margin-top: 14pt; color: #666; font-size: 8pt; }
@media screen { body { padding: 12mm; } }
`;

export function renderPlanDocument(
  org: OrganisationRow,
  data: PlanData,
  analysed: AnalysedPlan,
  lang: Lang,
): string {
  const L = LABELS[lang];
  const { plan } = data;
  const details = plan.details as PlanDetails;
  const { rollup } = analysed;
  const name = (en: string, ko: string) => (lang === 'ko' && ko !== '' ? ko : en);
  const other = (en: string, ko: string) => (lang === 'ko' ? (ko !== '' ? en : '') : ko);
  const money = (amount: string | bigint) => esc(formatMoney(amount, lang));
  const levelName = (level: string) => (L.levels as Record<string, string>)[level] ?? level;
  const out: string[] = [];
  const title = name(plan.nameEn, plan.nameKo);

  out.push(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8">`);
  out.push(`<meta name="viewport" content="width=device-width, initial-scale=1">`);
  out.push(`<title>${esc(title)}</title><style>${CSS}</style></head><body>`);
  out.push(`<header><h1>${esc(title)}</h1>`);
  const alt = other(plan.nameEn, plan.nameKo);
  if (alt) out.push(`<p class="sub">${esc(alt)}</p>`);
  out.push('<dl class="meta">');
  out.push(
    `<dt>${esc(lang === 'ko' ? '구분' : 'Kind')}</dt><dd>${esc(L.kind[plan.kind as keyof typeof L.kind] ?? plan.kind)}</dd>`,
  );
  out.push(
    `<dt>${esc(lang === 'ko' ? '기관' : 'Organisation')}</dt><dd>${esc(lang === 'ko' ? org.nameKo : org.name)}</dd>`,
  );
  if (plan.periodFrom !== null || plan.periodTo !== null)
    out.push(`<dt>${L.period}</dt><dd>${plan.periodFrom ?? ''}–${plan.periodTo ?? ''}</dd>`);
  out.push(
    `<dt>${L.status}</dt><dd>${esc(L.planStatus[plan.status as keyof typeof L.planStatus] ?? plan.status)}</dd>`,
  );
  const vision = name(plan.visionEn, plan.visionKo);
  if (vision) out.push(`<dt>${L.vision}</dt><dd>${esc(vision)}</dd>`);
  if (plan.provenance) out.push(`<dt>${L.provenance}</dt><dd>${esc(plan.provenance)}</dd>`);
  out.push('</dl>');
  if (data.items.some((i) => i.illustrative)) out.push(`<p class="notice">${esc(L.illustrativeNotice)}</p>`);
  out.push('</header>');

  // Facts that are not items (seed 004's study and kickoff, seed 003's briefing).
  const facts: string[] = [];
  if (details.legalBasis?.length)
    facts.push(
      `<dt>${L.legalBasis}</dt><dd>${details.legalBasis.map((b) => esc(name(b.en, b.ko))).join(', ')}</dd>`,
    );
  if (details.predecessor)
    facts.push(
      `<dt>${L.predecessor}</dt><dd>${esc(lang === 'ko' ? `제${details.predecessor.ordinal}차 (${details.predecessor.from}–${details.predecessor.to})` : details.predecessor.description)}</dd>`,
    );
  if (details.nationalAlignment?.length)
    facts.push(
      `<dt>${L.alignment}</dt><dd>${details.nationalAlignment.map((b) => esc(name(b.en, b.ko))).join(', ')}</dd>`,
    );
  if (details.notes?.length)
    facts.push(
      `<dt>${L.notes}</dt><dd><ul class="lines">${details.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul></dd>`,
    );
  if (facts.length > 0) out.push(`<dl class="meta">${facts.join('')}</dl>`);
  if (details.study) {
    const s = details.study;
    out.push(`<h2>${L.study}</h2><dl class="meta">`);
    out.push(`<dt>${L.name}</dt><dd>${esc(s.title)}</dd>`);
    out.push(`<dt>${L.duration}</dt><dd>${esc(`${s.from} – ${s.to} (${s.months} ${L.months})`)}</dd>`);
    out.push(`<dt>${L.budget}</dt><dd>${money(s.budget)}</dd>`);
    if (s.contractor) out.push(`<dt>${L.contractor}</dt><dd>${esc(s.contractor.name)}</dd>`);
    out.push(
      `<dt>${L.scope}</dt><dd><ul class="lines">${s.scope.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></dd>`,
    );
    out.push('</dl>');
  }
  for (const meeting of details.meetings ?? []) {
    out.push(
      `<h3>${esc(meeting.title)} · ${esc(meeting.date)}${meeting.start ? ` ${esc(meeting.start)}` : ''}</h3>`,
    );
    const where = [meeting.venue, meeting.participants].filter(Boolean).join(' · ');
    if (where) out.push(`<p class="sub">${esc(where)}</p>`);
    if (meeting.dateNote) out.push(`<p class="sub">${esc(meeting.dateNote)}</p>`);
    if (meeting.agenda?.length) {
      out.push(`<table><thead><tr><th>${L.time}</th><th>${L.content}</th></tr></thead><tbody>`);
      for (const slot of meeting.agenda)
        out.push(
          `<tr><td class="num">${esc(`${slot.start}–${slot.end} (${slot.minutes}′)`)}</td><td>${esc(slot.content)}</td></tr>`,
        );
      out.push('</tbody></table>');
    }
  }

  // Roll-ups.
  out.push(`<h2>${L.summary}</h2><table><tbody>`);
  out.push(`<tr><th>${L.stated}</th><td class="num">${money(rollup.envelopes.stated)}</td></tr>`);
  out.push(`<tr><th>${L.itemised}</th><td class="num">${money(rollup.itemised.total)}</td></tr>`);
  out.push(`<tr><th>${L.unallocated}</th><td class="num">${money(rollup.envelopes.unallocated)}</td></tr>`);
  out.push('</tbody></table>');

  const typeKeys = ['new', 'upgraded', 'expanded', 'unspecified'] as const;
  out.push(`<h3>${L.byLevel}</h3><table><thead><tr><th>${L.level}</th><th class="num">${L.items}</th>`);
  for (const t of typeKeys) out.push(`<th class="num">${L.type[t]}</th>`);
  out.push(`<th class="num">${L.envelope}</th><th class="num">${L.itemised}</th></tr></thead><tbody>`);
  for (const level of rollup.levels) {
    out.push(`<tr><td>${esc(levelName(level.level))}</td><td class="num">${level.items}</td>`);
    for (const t of typeKeys) out.push(`<td class="num">${level.byType[t]}</td>`);
    out.push(
      `<td class="num">${money(level.envelope)}</td><td class="num">${money(level.itemised)}</td></tr>`,
    );
  }
  out.push('</tbody></table>');

  const sources = ['national', 'municipal', 'private', 'other'] as const;
  out.push(`<h3>${L.byYear}</h3><table><thead><tr><th>${L.year}</th>`);
  for (const s of sources) out.push(`<th class="num">${L.source[s]}</th>`);
  out.push(`<th class="num">${L.total}</th></tr></thead><tbody>`);
  const cells = new Map(rollup.itemised.byYearSource.map((c) => [`${c.year}/${c.source}`, c.amount]));
  for (const y of rollup.itemised.byYear) {
    out.push(`<tr><td>${y.year}</td>`);
    for (const s of sources) out.push(`<td class="num">${money(cells.get(`${y.year}/${s}`) ?? '0')}</td>`);
    out.push(`<td class="num">${money(y.amount)}</td></tr>`);
  }
  out.push(`<tr><th>${L.total}</th>`);
  for (const s of sources) out.push(`<th class="num">${money(rollup.itemised.bySource[s])}</th>`);
  out.push(`<th class="num">${money(rollup.itemised.total)}</th></tr></tbody></table>`);

  if (rollup.itemsByTag.length > 0) {
    const amounts = new Map(rollup.itemised.byTag.map((t) => [t.tag, t.amount]));
    out.push(
      `<h3>${L.byTag}</h3><table><thead><tr><th>${L.tag}</th><th class="num">${L.items}</th><th class="num">${L.amount}</th></tr></thead><tbody>`,
    );
    for (const t of rollup.itemsByTag)
      out.push(
        `<tr><td>${esc(t.tag)}</td><td class="num">${t.items}</td><td class="num">${money(amounts.get(t.tag) ?? '0')}</td></tr>`,
      );
    out.push('</tbody></table>');
  }

  // The tree.
  out.push(
    `<h2>${L.tree}</h2><table class="tree"><colgroup><col style="width:11%"><col style="width:34%"><col style="width:11%"><col style="width:9%"><col style="width:11%"><col style="width:10%"><col style="width:14%"></colgroup><thead><tr><th>${L.code}</th><th>${L.name}</th><th>${L.typeCol}</th>`,
  );
  out.push(
    `<th>${L.horizonCol}</th><th>${L.status}</th><th>${L.lead}</th><th class="num">${L.budget}</th></tr></thead><tbody>`,
  );
  const row = (item: PlanItemNode) => {
    const indent = `padding-left:${4 + (item.depth - 1) * 10}pt`;
    const altName = other(item.nameEn, item.nameKo);
    const badges = [
      item.illustrative ? `<span class="badge">${L.illustrative}</span>` : '',
      lang === 'ko' && item.koTranslated ? `<span class="alt"> (${L.translated})</span>` : '',
    ].join('');
    const lines = item.budget.map((l) => `<li>${l.year} ${esc(L.source[l.source])} ${money(l.amount)}</li>`);
    const budget = [
      item.envelope !== null ? `<div class="k">${L.envelope}</div><div>${money(item.envelope)}</div>` : '',
      item.rollup.itemised !== '0'
        ? `<div class="k">${L.itemised}</div><div>${money(item.rollup.itemised)}</div>`
        : '',
      lines.length > 0 ? `<ul class="lines">${lines.join('')}</ul>` : '',
    ].join('');
    const people = [...item.partners, ...item.anchorCompanies];
    const schedule = item.startDate || item.endDate ? `${item.startDate ?? ''}–${item.endDate ?? ''}` : '';
    out.push(
      `<tr class="depth-${Math.min(item.depth, 3)}"><td>${esc(item.code)}<div class="alt">${esc(levelName(item.level))}</div></td>` +
        `<td class="name" style="${indent}">${esc(name(item.nameEn, item.nameKo))}${badges}` +
        `${altName ? `<div class="alt">${esc(altName)}</div>` : ''}` +
        `${people.length > 0 ? `<div class="alt">${L.partners}: ${esc(people.join(', '))}</div>` : ''}` +
        `${schedule ? `<div class="alt">${L.schedule}: ${esc(schedule)}</div>` : ''}</td>` +
        `<td>${item.projectType ? esc(L.type[item.projectType]) : ''}</td>` +
        `<td>${item.horizon ? esc(L.horizon[item.horizon]) : ''}</td>` +
        `<td>${esc(L.itemStatus[item.status])}</td><td>${esc(item.leadDepartment)}</td>` +
        `<td class="budget">${budget}</td></tr>`,
    );
    for (const child of item.children) row(child);
  };
  for (const item of analysed.tree) row(item);
  if (analysed.tree.length === 0) out.push(`<tr><td colspan="7">${L.none}</td></tr>`);
  out.push('</tbody></table>');
  out.push(`<footer>CityBench · ${L.generated} ${esc(plan.updatedAt.toISOString().slice(0, 10))}</footer>`);
  out.push('</body></html>');
  return out.join('\n');
}
