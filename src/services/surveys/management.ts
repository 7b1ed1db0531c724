/**
 * Survey definitions and versions: create (from a template or JSON), list, read, change the draft,
 * publish (freeze) a version, open and close, quotas. Every change is audited in its transaction.
 */
import type { Database, Executor } from '../../db/index.ts';
import {
  findPublishedVersion,
  findSurveyVersion,
  insertSurvey,
  insertSurveyVersion,
  listSurveyRows,
  listSurveyVersions,
  lockSurvey,
  publishSurveyVersion,
  type SurveyRow,
  updateDraftDefinition,
  updateSurveyRow,
} from '../../db/repositories/surveys-index.ts';
import { writeAudit } from '../audit-log.ts';
import {
  type CreateSurveyInput,
  type LocalizedText,
  SURVEY_KINDS,
  type SurveyCollectionServices,
  type SurveyDefinition,
  type SurveyKind,
  type SurveyQuotas,
  type UpdateSurveyInput,
} from '../contract-surveys.ts';
import { ServiceError } from '../errors.ts';
import { requireText } from '../guards.ts';
import { requireSurvey, SURVEY_EDITORS, SURVEY_READERS, type SurveyAccess, surveyAccess } from './access.ts';
import { validateDefinition } from './definition.ts';
import { findTemplate, listTemplates, templateCodes } from './templates.ts';
import { summaries, surveyDetail, toVersionView } from './views.ts';

type Management = Pick<
  SurveyCollectionServices,
  | 'surveyTemplates'
  | 'listSurveys'
  | 'getSurvey'
  | 'createSurvey'
  | 'updateSurvey'
  | 'publishSurvey'
  | 'setSurveyStatus'
  | 'setSurveyQuotas'
  | 'surveyVersion'
>;

/** Largest definition accepted, as JSON text. */
const MAX_DEFINITION_CHARS = 512 * 1024;
const GROUP_NAME_MAX = 100;

function requireKind(kind: string): SurveyKind {
  if (!(SURVEY_KINDS as readonly string[]).includes(kind))
    throw new ServiceError('invalid', `kind must be one of ${SURVEY_KINDS.join(', ')}`, {
      kind: [`must be one of ${SURVEY_KINDS.join(', ')}`],
    });
  return kind as SurveyKind;
}

function requireTitle(title: LocalizedText): LocalizedText {
  return { en: requireText(title.en, 'title.en', 300), ko: requireText(title.ko, 'title.ko', 300) };
}

/** Throws `invalid` naming every bad element; returns the definition when it can be stored. */
export function requireDefinition(definition: SurveyDefinition): SurveyDefinition {
  const size = JSON.stringify(definition ?? null).length;
  if (size > MAX_DEFINITION_CHARS)
    throw new ServiceError('invalid', `the definition is larger than ${MAX_DEFINITION_CHARS} characters`, {
      definition: [`at most ${MAX_DEFINITION_CHARS} characters of JSON`],
    });
  const issues = validateDefinition(definition);
  const keys = Object.keys(issues);
  if (keys.length > 0) {
    const fields = Object.fromEntries(keys.map((k) => [`definition.${k}`, issues[k] ?? []]));
    const first = keys[0] ?? 'definition';
    throw new ServiceError(
      'invalid',
      `the survey definition is not valid: ${first}: ${issues[first]?.[0] ?? ''}`,
      fields,
    );
  }
  return definition;
}

export function requireQuotas(quotas: SurveyQuotas): SurveyQuotas {
  const fields: Record<string, string[]> = {};
  const whole = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10_000_000;
  if (quotas.total !== null && !whole(quotas.total))
    fields['quotas.total'] = ['must be a whole number from 0'];
  const entries = Object.entries(quotas.byGroup ?? {});
  if (entries.length > 200) fields['quotas.byGroup'] = ['at most 200 groups'];
  for (const [group, n] of entries) {
    if (group.trim() === '' || group.length > GROUP_NAME_MAX)
      fields[`quotas.byGroup.${group}`] = [`group names are 1 to ${GROUP_NAME_MAX} characters`];
    else if (!whole(n)) fields[`quotas.byGroup.${group}`] = ['must be a whole number from 0'];
  }
  if (Object.keys(fields).length > 0) throw new ServiceError('invalid', 'the quotas are not valid', fields);
  return { total: quotas.total, byGroup: Object.fromEntries(entries.map(([g, n]) => [g.trim(), n])) };
}

async function lockedSurvey(tx: Executor, access: SurveyAccess, surveyId: string): Promise<SurveyRow> {
  const survey = await requireSurvey(tx, access.org.id, surveyId);
  const locked = await lockSurvey(tx, survey.id);
  if (!locked) throw new ServiceError('not_found', 'survey not found');
  return locked;
}

export function createSurveyManagement(database: Database): Management {
  const { db } = database;
  return {
    async surveyTemplates(caller, slug) {
      await surveyAccess(db, caller, slug, SURVEY_READERS);
      return listTemplates();
    },

    async listSurveys(caller, slug) {
      const { org } = await surveyAccess(db, caller, slug, SURVEY_READERS);
      return summaries(db, await listSurveyRows(db, org.id));
    },

    async getSurvey(caller, slug, surveyId) {
      const { org } = await surveyAccess(db, caller, slug, SURVEY_READERS);
      return surveyDetail(db, await requireSurvey(db, org.id, surveyId));
    },

    async createSurvey(caller, slug, input: CreateSurveyInput) {
      let kind: SurveyKind;
      let title: LocalizedText;
      let definition: SurveyDefinition;
      let template: string | null = null;
      if ('template' in input) {
        const found = findTemplate(input.template);
        if (!found)
          throw new ServiceError('invalid', `unknown template '${input.template}'`, {
            template: [`must be one of ${templateCodes().join(', ')}`],
          });
        kind = found.entry.kind;
        definition = found.definition;
        const own = definition.title as { default?: string; ko?: string } | undefined;
        title = requireTitle(
          input.title ?? { en: own?.default ?? found.entry.code, ko: own?.ko ?? own?.default ?? '' },
        );
        template = found.entry.code;
      } else {
        kind = requireKind(input.kind);
        title = requireTitle(input.title);
        definition = requireDefinition(input.definition);
      }
      return db.transaction(async (tx) => {
        const { org, actor } = await surveyAccess(tx, caller, slug, SURVEY_EDITORS);
        const survey = await insertSurvey(tx, {
          orgId: org.id,
          kind,
          titleEn: title.en,
          titleKo: title.ko,
          template,
          illustrative: input.illustrative ?? false,
        });
        await insertSurveyVersion(tx, { surveyId: survey.id, version: 1, definition });
        await writeAudit(tx, {
          orgId: org.id,
          actor,
          action: 'survey.create',
          entity: 'survey',
          entityId: survey.id,
          before: null,
          after: { kind, title, template, illustrative: survey.illustrative },
        });
        return surveyDetail(tx, survey);
      });
    },

    async updateSurvey(caller, slug, surveyId, input: UpdateSurveyInput) {
      const kind = input.kind !== undefined ? requireKind(input.kind) : undefined;
      const title = input.title !== undefined ? requireTitle(input.title) : undefined;
      const definition = input.definition !== undefined ? requireDefinition(input.definition) : undefined;
      return db.transaction(async (tx) => {
        const access = await surveyAccess(tx, caller, slug, SURVEY_EDITORS);
        let survey = await lockedSurvey(tx, access, surveyId);
        const before = { kind: survey.kind, title: { en: survey.titleEn, ko: survey.titleKo } };
        const after: Record<string, unknown> = {};
        if (kind !== undefined || title !== undefined) {
          survey = await updateSurveyRow(tx, survey.id, {
            ...(kind !== undefined ? { kind } : {}),
            ...(title !== undefined ? { titleEn: title.en, titleKo: title.ko } : {}),
          });
          if (kind !== undefined) after.kind = kind;
          if (title !== undefined) after.title = title;
        }
        if (definition !== undefined) {
          const versions = await listSurveyVersions(tx, survey.id);
          const latest = versions.at(-1);
          if (latest && latest.publishedAt === null) {
            const saved = await updateDraftDefinition(tx, latest.id, definition);
            if (!saved) throw new ServiceError('conflict', 'the draft was published meanwhile; reload');
            after.draftVersion = latest.version;
          } else {
            const next = (latest?.version ?? 0) + 1;
            await insertSurveyVersion(tx, { surveyId: survey.id, version: next, definition });
            after.draftVersion = next;
            after.newVersion = true;
          }
          survey = await updateSurveyRow(tx, survey.id, {});
        }
        await writeAudit(tx, {
          orgId: access.org.id,
          actor: access.actor,
          action: 'survey.update',
          entity: 'survey',
          entityId: survey.id,
          before,
          after,
        });
        return surveyDetail(tx, survey);
      });
    },

    async publishSurvey(caller, slug, surveyId) {
      return db.transaction(async (tx) => {
        const access = await surveyAccess(tx, caller, slug, SURVEY_EDITORS);
        const survey = await lockedSurvey(tx, access, surveyId);
        const latest = (await listSurveyVersions(tx, survey.id)).at(-1);
        if (!latest || latest.publishedAt !== null)
          throw new ServiceError(
            'conflict',
            'there is no draft version to publish: a published version is frozen; save a change to start a new draft',
          );
        requireDefinition(latest.definition as SurveyDefinition);
        const published = await publishSurveyVersion(tx, latest.id);
        if (!published) throw new ServiceError('conflict', 'this version was published meanwhile');
        const updated = await updateSurveyRow(tx, survey.id, {});
        await writeAudit(tx, {
          orgId: access.org.id,
          actor: access.actor,
          action: 'survey.publish',
          entity: 'survey',
          entityId: survey.id,
          before: null,
          after: { version: published.version },
        });
        return surveyDetail(tx, updated);
      });
    },

    async setSurveyStatus(caller, slug, surveyId, status) {
      if (status !== 'open' && status !== 'closed')
        throw new ServiceError('invalid', 'status must be open or closed', {
          status: ['must be open or closed'],
        });
      return db.transaction(async (tx) => {
        const access = await surveyAccess(tx, caller, slug, SURVEY_EDITORS);
        const survey = await lockedSurvey(tx, access, surveyId);
        if (survey.status === status) return surveyDetail(tx, survey);
        if (status === 'open' && !(await findPublishedVersion(tx, survey.id)))
          throw new ServiceError('conflict', 'publish a version before opening the survey');
        if (status === 'closed' && survey.status === 'draft')
          throw new ServiceError('conflict', 'a draft survey cannot be closed: it was never open');
        const updated = await updateSurveyRow(tx, survey.id, { status });
        await writeAudit(tx, {
          orgId: access.org.id,
          actor: access.actor,
          action: status === 'open' ? 'survey.open' : 'survey.close',
          entity: 'survey',
          entityId: survey.id,
          before: { status: survey.status },
          after: { status },
        });
        return surveyDetail(tx, updated);
      });
    },

    async setSurveyQuotas(caller, slug, surveyId, quotas) {
      const clean = requireQuotas(quotas);
      return db.transaction(async (tx) => {
        const access = await surveyAccess(tx, caller, slug, SURVEY_EDITORS);
        const survey = await lockedSurvey(tx, access, surveyId);
        const updated = await updateSurveyRow(tx, survey.id, {
          quotaTotal: clean.total,
          quotaByGroup: clean.byGroup,
        });
        await writeAudit(tx, {
          orgId: access.org.id,
          actor: access.actor,
          action: 'survey.quotas',
          entity: 'survey',
          entityId: survey.id,
          before: { total: survey.quotaTotal, byGroup: survey.quotaByGroup },
          after: clean,
        });
        return surveyDetail(tx, updated);
      });
    },

    async surveyVersion(caller, slug, surveyId, version) {
      const { org } = await surveyAccess(db, caller, slug, SURVEY_READERS);
      const survey = await requireSurvey(db, org.id, surveyId);
      const row =
        Number.isInteger(version) && version > 0 ? await findSurveyVersion(db, survey.id, version) : null;
      if (!row) throw new ServiceError('not_found', 'version not found');
      return toVersionView(row);
    },
  };
}
