/** Rows of the survey tables as the contract's views. */
import type { Executor } from '../../db/index.ts';
import {
  countInvitationsBySurvey,
  countResponsesBySurvey,
  countSubmittedByLink,
  type InvitationWithState,
  listSurveyLinks,
  listSurveyVersions,
  type SurveyLinkRow,
  type SurveyRow,
  type SurveyVersionRow,
  surveyVersionNumbers,
} from '../../db/repositories/surveys-index.ts';
import type {
  InvitationView,
  SurveyCounts,
  SurveyDefinition,
  SurveyDetail,
  SurveyKind,
  SurveyLinkView,
  SurveyLocale,
  SurveyStatus,
  SurveySummary,
  SurveyVersionInfo,
  SurveyVersionView,
} from '../contract-surveys.ts';

export function toSummary(
  row: SurveyRow,
  versions: { latest: number; published: number | null } | undefined,
  counts: SurveyCounts,
): SurveySummary {
  return {
    id: row.id,
    kind: row.kind as SurveyKind,
    title: { en: row.titleEn, ko: row.titleKo },
    status: row.status as SurveyStatus,
    template: row.template,
    illustrative: row.illustrative,
    quotas: { total: row.quotaTotal, byGroup: { ...(row.quotaByGroup ?? {}) } },
    latestVersion: versions?.latest ?? 0,
    publishedVersion: versions?.published ?? null,
    counts,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toVersionInfo(row: SurveyVersionRow): SurveyVersionInfo {
  return {
    id: row.id,
    version: row.version,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toVersionView(row: SurveyVersionRow): SurveyVersionView {
  return { ...toVersionInfo(row), definition: row.definition as SurveyDefinition };
}

export function toLinkView(row: SurveyLinkRow, submitted: number): SurveyLinkView {
  return {
    id: row.id,
    token: row.token,
    label: row.label,
    group: row.respondentGroup,
    ratePerMinute: row.ratePerMinute,
    quota: row.quota,
    active: row.active,
    submitted,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toInvitationView(row: InvitationWithState): InvitationView {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    group: row.respondentGroup,
    locale: row.locale as SurveyLocale,
    state: row.responseStatus === null ? 'not_started' : row.responseStatus,
    createdAt: row.createdAt.toISOString(),
    usedAt: row.usedAt?.toISOString() ?? null,
    remindedAt: row.remindedAt?.toISOString() ?? null,
    reminderCount: row.reminderCount,
  };
}

export async function summaries(ex: Executor, rows: SurveyRow[]): Promise<SurveySummary[]> {
  const ids = rows.map((r) => r.id);
  const [versions, invited, responses] = [
    await surveyVersionNumbers(ex, ids),
    await countInvitationsBySurvey(ex, ids),
    await countResponsesBySurvey(ex, ids),
  ];
  return rows.map((row) =>
    toSummary(row, versions.get(row.id), {
      invited: invited.get(row.id) ?? 0,
      started: responses.get(row.id)?.started ?? 0,
      submitted: responses.get(row.id)?.submitted ?? 0,
    }),
  );
}

export async function surveyDetail(ex: Executor, row: SurveyRow): Promise<SurveyDetail> {
  const [summary] = await summaries(ex, [row]);
  if (!summary) throw new Error('survey summary missing');
  const versions = await listSurveyVersions(ex, row.id);
  const latest = versions.at(-1);
  const published = [...versions].reverse().find((v) => v.publishedAt !== null);
  const links = await listSurveyLinks(ex, row.id);
  const byLink = await countSubmittedByLink(ex, row.id);
  return {
    ...summary,
    versions: versions.map(toVersionInfo),
    draft: latest && latest.publishedAt === null ? toVersionView(latest) : null,
    published: published ? toVersionView(published) : null,
    links: links.map((l) => toLinkView(l, byLink.get(l.id) ?? 0)),
  };
}
