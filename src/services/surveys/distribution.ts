/**
 * Distribution: invitation lists (single-use tokens, only their sha256 stored, returned once),
 * open links (rate-limited per client, optional quota), reminders (who has not answered, as a
 * list and a CSV), and the live response-rate figures by group.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/index.ts';
import {
  countInvitationsByGroup,
  countResponsesByGroup,
  countSubmittedByLink,
  findSurveyLink,
  insertSurveyInvitations,
  insertSurveyLink,
  listInvitationsWithState,
  listSurveyLinks,
  markInvitationsReminded,
  type NewSurveyInvitation,
  updateSurveyLink,
} from '../../db/repositories/surveys-index.ts';
import { writeAudit } from '../audit-log.ts';
import type { ExportedFile } from '../contract.ts';
import type {
  GroupStats,
  InvitationInput,
  InvitationListInput,
  IssuedInvitation,
  LinkInput,
  LinkPatch,
  SurveyCollectionServices,
  SurveyLocale,
  SurveyStatus,
} from '../contract-surveys.ts';
import { parseCsvRecords } from '../csv.ts';
import { ServiceError } from '../errors.ts';
import { isUuid, normaliseEmail } from '../guards.ts';
import { hashToken } from '../tokens.ts';
import { requireSurvey, SURVEY_EDITORS, SURVEY_READERS, surveyAccess } from './access.ts';
import { toInvitationView, toLinkView } from './views.ts';

type Distribution = Pick<
  SurveyCollectionServices,
  | 'addInvitations'
  | 'listInvitations'
  | 'pendingInvitations'
  | 'markReminded'
  | 'exportReminders'
  | 'createLink'
  | 'updateLink'
  | 'surveyStats'
>;

export const MAX_INVITATIONS_PER_CALL = 10_000;
const CSV_COLUMNS = ['name', 'email', 'group', 'locale'];

/** An invitation token: 24 random bytes, base64url (32 characters). */
export function newInvitationToken(): string {
  return randomBytes(24).toString('base64url');
}

/** An open-link token: 16 random bytes, base64url (22 characters). */
export function newLinkToken(): string {
  return randomBytes(16).toString('base64url');
}

function invitationRows(list: InvitationListInput): {
  rows: InvitationInput[];
  label: (i: number) => string;
} {
  if (list.format === 'json') return { rows: list.invitations, label: (i) => `invitations[${i}]` };
  let records: Array<Record<string, string>>;
  try {
    records = parseCsvRecords(list.text, 'invitation list');
  } catch (err) {
    throw new ServiceError('invalid', (err as Error).message, { csv: [(err as Error).message] });
  }
  const header = Object.keys(records[0] ?? {}).map((h) => h.trim().toLowerCase());
  if (records.length > 0 && !header.includes('name'))
    throw new ServiceError('invalid', 'the CSV header needs a name column', {
      csv: ['header must include name'],
    });
  const unknown = header.filter((h) => !CSV_COLUMNS.includes(h));
  if (unknown.length > 0)
    throw new ServiceError('invalid', `unknown CSV columns: ${unknown.join(', ')}`, {
      csv: [`columns are ${CSV_COLUMNS.join(', ')}; unknown: ${unknown.join(', ')}`],
    });
  const rows = records.map((record) => {
    const get = (key: string) => {
      const entry = Object.entries(record).find(([k]) => k.trim().toLowerCase() === key);
      const value = entry?.[1]?.trim() ?? '';
      return value === '' ? null : value;
    };
    const locale = get('locale');
    return {
      name: get('name') ?? '',
      email: get('email'),
      group: get('group'),
      ...(locale !== null ? { locale: locale as SurveyLocale } : {}),
    };
  });
  return { rows, label: (i) => `line ${i + 2}` };
}

/** CSV field: quoted when needed; a leading = + - @ is defused so spreadsheets do not run it. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function rate(submitted: number, invited: number): number | null {
  return invited > 0 ? submitted / invited : null;
}

export function createSurveyDistribution(database: Database): Distribution {
  const { db } = database;

  async function invitationsOf(
    caller: Parameters<Distribution['listInvitations']>[0],
    slug: string,
    surveyId: string,
  ) {
    const { org } = await surveyAccess(db, caller, slug, SURVEY_READERS);
    const survey = await requireSurvey(db, org.id, surveyId);
    return { survey, rows: await listInvitationsWithState(db, survey.id) };
  }

  return {
    async addInvitations(caller, slug, surveyId, list) {
      const { rows, label } = invitationRows(list);
      if (rows.length === 0)
        throw new ServiceError('invalid', 'the invitation list is empty', {
          invitations: ['add at least one'],
        });
      if (rows.length > MAX_INVITATIONS_PER_CALL)
        throw new ServiceError('invalid', `at most ${MAX_INVITATIONS_PER_CALL} invitations at a time`, {
          invitations: [`at most ${MAX_INVITATIONS_PER_CALL}`],
        });
      return db.transaction(async (tx) => {
        const access = await surveyAccess(tx, caller, slug, SURVEY_EDITORS);
        const survey = await requireSurvey(tx, access.org.id, surveyId);
        if (survey.status === 'closed') throw new ServiceError('conflict', 'the survey is closed');
        const existing = new Set(
          (await listInvitationsWithState(tx, survey.id)).flatMap((r) => (r.email ? [r.email] : [])),
        );
        const fields: Record<string, string[]> = {};
        const add = (key: string, message: string) => {
          fields[key] = [...(fields[key] ?? []), message];
        };
        const seen = new Map<string, string>();
        const clean: Array<{
          name: string;
          email: string | null;
          group: string | null;
          locale: SurveyLocale;
        }> = [];
        rows.forEach((row, i) => {
          const where = label(i);
          const name = typeof row.name === 'string' ? row.name.trim() : '';
          if (name === '' || name.length > 200) add(where, 'name must be 1 to 200 characters');
          let email: string | null = null;
          if (row.email !== undefined && row.email !== null && row.email.trim() !== '') {
            try {
              email = normaliseEmail(row.email);
            } catch {
              add(where, `email '${row.email}' is not a valid address`);
            }
          }
          if (email !== null) {
            if (existing.has(email)) add(where, `${email} is already invited to this survey`);
            const first = seen.get(email);
            if (first !== undefined) add(where, `${email} is also on ${first}`);
            else seen.set(email, where);
          }
          const group = typeof row.group === 'string' && row.group.trim() !== '' ? row.group.trim() : null;
          if (group !== null && group.length > 100) add(where, 'group must be at most 100 characters');
          const locale = row.locale ?? 'ko';
          if (locale !== 'ko' && locale !== 'en') add(where, `locale must be ko or en, not '${locale}'`);
          clean.push({ name, email, group, locale });
        });
        if (Object.keys(fields).length > 0) {
          const first = Object.keys(fields)[0] ?? '';
          throw new ServiceError(
            'invalid',
            `the invitation list has errors (${first}: ${fields[first]?.[0]})`,
            fields,
          );
        }
        const tokens = clean.map(() => newInvitationToken());
        const values: NewSurveyInvitation[] = clean.map((c, i) => ({
          surveyId: survey.id,
          name: c.name,
          email: c.email,
          respondentGroup: c.group,
          locale: c.locale,
          tokenHash: hashToken(tokens[i] ?? ''),
        }));
        const inserted = await insertSurveyInvitations(tx, values);
        const tokenByHash = new Map(values.map((v, i) => [v.tokenHash, tokens[i] ?? '']));
        await writeAudit(tx, {
          orgId: access.org.id,
          actor: access.actor,
          action: 'survey.invite',
          entity: 'survey',
          entityId: survey.id,
          before: null,
          after: {
            invitations: inserted.length,
            groups: [...new Set(clean.map((c) => c.group))].sort((a, b) =>
              String(a).localeCompare(String(b)),
            ),
          },
        });
        const issued: IssuedInvitation[] = inserted.map((row) => ({
          ...toInvitationView({ ...row, responseStatus: null }),
          token: tokenByHash.get(row.tokenHash) ?? '',
        }));
        return { issued };
      });
    },

    async listInvitations(caller, slug, surveyId) {
      return (await invitationsOf(caller, slug, surveyId)).rows.map(toInvitationView);
    },

    async pendingInvitations(caller, slug, surveyId) {
      const { rows } = await invitationsOf(caller, slug, surveyId);
      return rows.filter((r) => r.responseStatus !== 'submitted').map(toInvitationView);
    },

    async markReminded(caller, slug, surveyId, ids) {
      if (ids?.some((id) => !isUuid(id)))
        throw new ServiceError('invalid', 'ids must be invitation ids', { ids: ['must be invitation ids'] });
      return db.transaction(async (tx) => {
        const access = await surveyAccess(tx, caller, slug, SURVEY_EDITORS);
        const survey = await requireSurvey(tx, access.org.id, surveyId);
        const pending = (await listInvitationsWithState(tx, survey.id))
          .filter((r) => r.responseStatus !== 'submitted')
          .map((r) => r.id);
        const wanted = ids === undefined ? pending : ids.filter((id) => pending.includes(id));
        const reminded = await markInvitationsReminded(tx, survey.id, wanted);
        await writeAudit(tx, {
          orgId: access.org.id,
          actor: access.actor,
          action: 'survey.remind',
          entity: 'survey',
          entityId: survey.id,
          before: null,
          after: { reminded },
        });
        return { reminded };
      });
    },

    async exportReminders(caller, slug, surveyId): Promise<ExportedFile> {
      const { survey, rows } = await invitationsOf(caller, slug, surveyId);
      const lines = [
        ['name', 'email', 'group', 'locale', 'state', 'invited_at', 'reminded_at', 'reminders'].join(','),
      ];
      for (const r of rows) {
        if (r.responseStatus === 'submitted') continue;
        lines.push(
          [
            r.name,
            r.email,
            r.respondentGroup,
            r.locale,
            r.responseStatus ?? 'not_started',
            r.createdAt.toISOString(),
            r.remindedAt?.toISOString() ?? null,
            r.reminderCount,
          ]
            .map(csvField)
            .join(','),
        );
      }
      const text = `\uFEFF${lines.join('\r\n')}\r\n`;
      return {
        filename: `survey-${survey.id.slice(0, 8)}-reminders.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: new TextEncoder().encode(text),
      };
    },

    async createLink(caller, slug, surveyId, input: LinkInput) {
      const label = (input.label ?? 'Open link').trim();
      const fields: Record<string, string[]> = {};
      if (label === '' || label.length > 100) fields.label = ['must be 1 to 100 characters'];
      const group = input.group?.trim() || null;
      if (group !== null && group.length > 100) fields.group = ['must be at most 100 characters'];
      const ratePerMinute = input.ratePerMinute ?? 30;
      if (!Number.isInteger(ratePerMinute) || ratePerMinute < 1 || ratePerMinute > 10_000)
        fields.ratePerMinute = ['must be a whole number from 1 to 10000'];
      const quota = input.quota ?? null;
      if (quota !== null && (!Number.isInteger(quota) || quota < 0))
        fields.quota = ['must be a whole number from 0'];
      if (Object.keys(fields).length > 0)
        throw new ServiceError('invalid', 'the link settings are not valid', fields);
      return db.transaction(async (tx) => {
        const access = await surveyAccess(tx, caller, slug, SURVEY_EDITORS);
        const survey = await requireSurvey(tx, access.org.id, surveyId);
        const link = await insertSurveyLink(tx, {
          surveyId: survey.id,
          token: newLinkToken(),
          label,
          respondentGroup: group,
          ratePerMinute,
          quota,
        });
        await writeAudit(tx, {
          orgId: access.org.id,
          actor: access.actor,
          action: 'survey.link.create',
          entity: 'survey_link',
          entityId: link.id,
          before: null,
          after: { surveyId: survey.id, label, group, ratePerMinute, quota },
        });
        return toLinkView(link, 0);
      });
    },

    async updateLink(caller, slug, surveyId, linkId, patch: LinkPatch) {
      const fields: Record<string, string[]> = {};
      const label = patch.label?.trim();
      if (label !== undefined && (label === '' || label.length > 100))
        fields.label = ['must be 1 to 100 characters'];
      if (
        patch.ratePerMinute !== undefined &&
        (!Number.isInteger(patch.ratePerMinute) || patch.ratePerMinute < 1 || patch.ratePerMinute > 10_000)
      )
        fields.ratePerMinute = ['must be a whole number from 1 to 10000'];
      if (
        patch.quota !== undefined &&
        patch.quota !== null &&
        (!Number.isInteger(patch.quota) || patch.quota < 0)
      )
        fields.quota = ['must be a whole number from 0'];
      if (Object.keys(fields).length > 0)
        throw new ServiceError('invalid', 'the link settings are not valid', fields);
      return db.transaction(async (tx) => {
        const access = await surveyAccess(tx, caller, slug, SURVEY_EDITORS);
        const survey = await requireSurvey(tx, access.org.id, surveyId);
        const link = isUuid(linkId) ? await findSurveyLink(tx, survey.id, linkId) : null;
        if (!link) throw new ServiceError('not_found', 'link not found');
        const updated = await updateSurveyLink(tx, link.id, {
          ...(label !== undefined ? { label } : {}),
          ...(patch.ratePerMinute !== undefined ? { ratePerMinute: patch.ratePerMinute } : {}),
          ...(patch.quota !== undefined ? { quota: patch.quota } : {}),
          ...(patch.active !== undefined ? { active: patch.active } : {}),
        });
        await writeAudit(tx, {
          orgId: access.org.id,
          actor: access.actor,
          action: 'survey.link.update',
          entity: 'survey_link',
          entityId: link.id,
          before: {
            label: link.label,
            ratePerMinute: link.ratePerMinute,
            quota: link.quota,
            active: link.active,
          },
          after: {
            label: updated.label,
            ratePerMinute: updated.ratePerMinute,
            quota: updated.quota,
            active: updated.active,
          },
        });
        const submitted = (await countSubmittedByLink(tx, survey.id)).get(link.id) ?? 0;
        return toLinkView(updated, submitted);
      });
    },

    async surveyStats(caller, slug, surveyId) {
      const { org } = await surveyAccess(db, caller, slug, SURVEY_READERS);
      const survey = await requireSurvey(db, org.id, surveyId);
      const invited = await countInvitationsByGroup(db, survey.id);
      const responses = await countResponsesByGroup(db, survey.id);
      const links = await listSurveyLinks(db, survey.id);
      const byLink = await countSubmittedByLink(db, survey.id);
      const quotas = survey.quotaByGroup ?? {};
      const keyOf = (g: string | null) => (g === null ? '\u0000' : `g:${g}`);
      const groups = new Map<string, GroupStats & { submittedInvited: number }>();
      const entry = (group: string | null) => {
        let e = groups.get(keyOf(group));
        if (!e) {
          e = {
            group,
            invited: 0,
            started: 0,
            submitted: 0,
            responseRate: null,
            quota: group === null ? null : (quotas[group] ?? null),
            submittedInvited: 0,
          };
          groups.set(keyOf(group), e);
        }
        return e;
      };
      for (const r of invited) entry(r.group).invited += r.invited;
      for (const r of responses) {
        const e = entry(r.group);
        e.started += r.started;
        e.submitted += r.submitted;
        e.submittedInvited += r.submittedInvited;
      }
      for (const g of Object.keys(quotas)) entry(g);
      const list = [...groups.values()].sort((a, b) =>
        a.group === null ? 1 : b.group === null ? -1 : a.group.localeCompare(b.group),
      );
      const total = { invited: 0, started: 0, submitted: 0, submittedInvited: 0 };
      for (const g of list) {
        total.invited += g.invited;
        total.started += g.started;
        total.submitted += g.submitted;
        total.submittedInvited += g.submittedInvited;
      }
      return {
        surveyId: survey.id,
        status: survey.status as SurveyStatus,
        asOf: new Date().toISOString(),
        total: {
          group: null,
          invited: total.invited,
          started: total.started,
          submitted: total.submitted,
          responseRate: rate(total.submittedInvited, total.invited),
          quota: survey.quotaTotal,
        },
        groups: list.map(({ submittedInvited, ...g }) => ({
          ...g,
          responseRate: rate(submittedInvited, g.invited),
        })),
        links: links.map((l) => ({
          id: l.id,
          label: l.label,
          submitted: byLink.get(l.id) ?? 0,
          quota: l.quota,
        })),
      };
    },
  };
}
