/**
 * Public answering. The token in the URL is the only credential: an invitation token (single-use,
 * resumes by itself) or an open-link token (resumes with a resume token that the first save
 * returns). A submit stores the response exactly once:
 * - the response row carries the client's Idempotency-Key under a unique (survey, key) index, so a
 *   retry of the same submit finds the stored row and answers it again instead of inserting;
 * - an invitation has at most one response (unique index), so a second submit with another key
 *   is a conflict;
 * - the service returns only after its transaction committed, so an acknowledged response is
 *   durable; a submit that loses a race on either unique index runs again and then finds the
 *   winner's row.
 * Quotas are checked under a row lock of the survey, only when the survey or link has one.
 */
import { randomBytes } from 'node:crypto';
import type { Database, Executor } from '../../db/index.ts';
import {
  countSubmittedFor,
  findInvitationWithSurvey,
  findLinkWithSurvey,
  findPublishedVersion,
  findResponseByInvitation,
  findResponseByResumeHash,
  findResponsesForSubmit,
  insertSurveyResponse,
  lockSurvey,
  markInvitationUsed,
  type SurveyInvitationRow,
  type SurveyLinkRow,
  type SurveyResponseRow,
  type SurveyRow,
  type SurveyVersionRow,
  saveResponseAnswers,
  submitResponse,
} from '../../db/repositories/surveys-index.ts';
import { writeAudit } from '../audit-log.ts';
import type {
  RespondMeta,
  RespondView,
  SurveyAnswers,
  SurveyCollectionServices,
  SurveyDefinition,
  SurveyKind,
  SurveyLocale,
  SurveyStatus,
} from '../contract-surveys.ts';
import { isUniqueViolation } from '../db-errors.ts';
import { ServiceError } from '../errors.ts';
import { hashToken } from '../tokens.ts';
import { validateAnswers } from './answers.ts';
import { type CompiledDefinition, compileDefinition } from './definition.ts';

type Respond = Pick<SurveyCollectionServices, 'respondGet' | 'respondSave' | 'respondSubmit'>;

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,64}$/;
const LINK_TOKEN_LENGTH = 22;
/** Printable ASCII, 8 to 200 characters (a UUID from the client is typical). */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,200}$/;
const MAX_ANSWERS_CHARS = 512 * 1024;
/** Attempts of a save or submit that lost a race on a unique index. */
const ATTEMPTS = 4;

interface Target {
  survey: SurveyRow;
  version: SurveyVersionRow;
  invitation: SurveyInvitationRow | null;
  link: SurveyLinkRow | null;
  group: string | null;
}

/** Published versions are frozen, so their compiled form can be kept for as long as we like. */
const compiledCache = new Map<string, CompiledDefinition>();

export function compiledVersion(version: SurveyVersionRow): CompiledDefinition {
  let compiled = compiledCache.get(version.id);
  if (!compiled) {
    compiled = compileDefinition(version.definition).compiled;
    if (compiledCache.size >= 500) compiledCache.clear();
    compiledCache.set(version.id, compiled);
  }
  return compiled;
}

function unknownLink(): ServiceError {
  return new ServiceError('not_found', 'this survey link is not valid');
}

function requireLocale(locale: string | undefined): SurveyLocale | null {
  if (locale === undefined) return null;
  if (locale !== 'ko' && locale !== 'en')
    throw new ServiceError('invalid', 'locale must be ko or en', { locale: ['must be ko or en'] });
  return locale;
}

function requireAnswers(answers: SurveyAnswers): SurveyAnswers {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers))
    throw new ServiceError('invalid', 'answers must be an object', { answers: ['must be an object'] });
  if (JSON.stringify(answers).length > MAX_ANSWERS_CHARS)
    throw new ServiceError('invalid', 'the answers are too large', { answers: ['at most 512 KiB of JSON'] });
  return answers;
}

function answerProblems(target: Target, answers: SurveyAnswers, complete: boolean): void {
  const issues = validateAnswers(compiledVersion(target.version), answers, complete);
  const keys = Object.keys(issues);
  if (keys.length > 0) {
    const first = keys[0] ?? '';
    throw new ServiceError(
      'invalid',
      `${keys.length} answer${keys.length === 1 ? '' : 's'} need attention (${first}: ${issues[first]?.[0] ?? ''})`,
      issues,
    );
  }
}

/** The newest published version per survey, valid while the survey row's updated_at is unchanged (publish bumps it). */
const publishedCache = new Map<string, { stamp: number; version: SurveyVersionRow }>();

async function publishedVersion(ex: Executor, survey: SurveyRow): Promise<SurveyVersionRow | null> {
  const stamp = survey.updatedAt.getTime();
  const hit = publishedCache.get(survey.id);
  if (hit && hit.stamp === stamp) return hit.version;
  const version = await findPublishedVersion(ex, survey.id);
  if (version) {
    if (publishedCache.size >= 1000) publishedCache.clear();
    publishedCache.set(survey.id, { stamp, version });
  }
  return version;
}

async function resolve(ex: Executor, token: string, meta: RespondMeta | undefined): Promise<Target> {
  if (!TOKEN_SHAPE.test(token)) throw unknownLink();
  const byInvitation = async () => {
    const found = await findInvitationWithSurvey(ex, hashToken(token));
    return found ? { survey: found.survey, invitation: found.invitation, link: null } : null;
  };
  const byLink = async () => {
    const found = await findLinkWithSurvey(ex, token);
    return found ? { survey: found.survey, invitation: null, link: found.link } : null;
  };
  // Link tokens are 22 characters, invitation tokens 32: look where the token most likely is first.
  const found =
    token.length === LINK_TOKEN_LENGTH
      ? ((await byLink()) ?? (await byInvitation()))
      : ((await byInvitation()) ?? (await byLink()));
  if (!found) throw unknownLink();
  const { survey, invitation, link } = found;
  if (link) {
    meta?.admit?.({ id: link.id, ratePerMinute: link.ratePerMinute });
    if (!link.active) throw new ServiceError('conflict', 'this survey link has been closed');
  }
  if (survey.status === 'draft') throw unknownLink();
  const version = await publishedVersion(ex, survey);
  if (!version) throw unknownLink();
  return {
    survey,
    version,
    invitation,
    link,
    group: invitation?.respondentGroup ?? link?.respondentGroup ?? null,
  };
}

function requireOpen(target: Target): void {
  if (target.survey.status !== 'open') throw new ServiceError('conflict', 'this survey is closed');
}

async function existingResponse(ex: Executor, target: Target, resumeToken: string | null | undefined) {
  if (target.invitation) return findResponseByInvitation(ex, target.invitation.id);
  if (target.link && resumeToken) {
    const found = TOKEN_SHAPE.test(resumeToken)
      ? await findResponseByResumeHash(ex, target.link.id, hashToken(resumeToken))
      : null;
    if (!found) throw new ServiceError('not_found', 'the resume token is not known for this link');
    return found;
  }
  return null;
}

/** A concurrent request changed the response row first: run again to see what it stored. */
class RaceLost extends Error {
  override name = 'RaceLost';
}

/**
 * Runs `work` again when it lost a race on a unique index or on the response row (the next run
 * sees the winner's committed row and answers from it).
 */
async function retryOnRace<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      const race = err instanceof RaceLost || isUniqueViolation(err);
      if (!race) throw err;
      if (attempt >= ATTEMPTS) throw err instanceof RaceLost ? alreadySubmitted() : err;
    }
  }
}

function alreadySubmitted(): ServiceError {
  return new ServiceError('conflict', 'this survey has already been submitted with this link');
}

export function createSurveyRespond(database: Database): Respond {
  const { db } = database;
  return {
    async respondGet(token, meta) {
      const target = await resolve(db, token, meta);
      const response: SurveyResponseRow | null = await existingResponse(db, target, meta?.resumeToken);
      const view: RespondView = {
        survey: {
          id: target.survey.id,
          kind: target.survey.kind as SurveyKind,
          title: { en: target.survey.titleEn, ko: target.survey.titleKo },
          status: target.survey.status as SurveyStatus,
          illustrative: target.survey.illustrative,
        },
        version: target.version.version,
        definition: target.version.definition as SurveyDefinition,
        via: target.invitation ? 'invitation' : 'link',
        group: target.group,
        invitation: target.invitation
          ? { name: target.invitation.name, locale: target.invitation.locale as SurveyLocale }
          : null,
        response: response
          ? {
              id: response.id,
              status: response.status as 'in_progress' | 'submitted',
              answers: response.answers,
              updatedAt: response.updatedAt.toISOString(),
              submittedAt: response.submittedAt?.toISOString() ?? null,
            }
          : null,
      };
      return view;
    },

    async respondSave(token, input, meta) {
      const answers = requireAnswers(input.answers);
      const locale = requireLocale(input.locale);
      return retryOnRace(() =>
        db.transaction(async (tx) => {
          const target = await resolve(tx, token, meta);
          requireOpen(target);
          answerProblems(target, answers, false);
          const current = await existingResponse(tx, target, meta?.resumeToken);
          if (current) {
            if (current.status === 'submitted') throw alreadySubmitted();
            const saved = await saveResponseAnswers(tx, current.id, { answers, locale });
            if (!saved) throw new RaceLost();
            return {
              responseId: saved.id,
              resumeToken: target.link ? (meta?.resumeToken ?? null) : null,
              savedAt: saved.updatedAt.toISOString(),
            };
          }
          const resumeToken = target.link ? randomBytes(24).toString('base64url') : null;
          const created = await insertSurveyResponse(tx, {
            surveyId: target.survey.id,
            versionId: target.version.id,
            invitationId: target.invitation?.id ?? null,
            linkId: target.link?.id ?? null,
            respondentGroup: target.group,
            answers,
            locale,
            resumeTokenHash: resumeToken ? hashToken(resumeToken) : null,
          });
          return { responseId: created.id, resumeToken, savedAt: created.updatedAt.toISOString() };
        }),
      );
    },

    async respondSubmit(token, input, meta) {
      const answers = requireAnswers(input.answers);
      const locale = requireLocale(input.locale);
      const key = input.idempotencyKey;
      if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key))
        throw new ServiceError('invalid', 'send an Idempotency-Key header of 8 to 200 printable characters', {
          'Idempotency-Key': ['8 to 200 printable ASCII characters'],
        });
      return retryOnRace(() =>
        db.transaction(async (tx) => {
          const target = await resolve(tx, token, meta);
          const { survey } = target;
          // A retry of a stored submit answers the same, whatever happened since (closed, quota full).
          const responses = await findResponsesForSubmit(tx, survey.id, key, target.invitation?.id ?? null);
          const stored = responses.byKey;
          if (stored) {
            const same = target.invitation
              ? stored.invitationId === target.invitation.id
              : stored.linkId === target.link?.id;
            if (!same || stored.status !== 'submitted')
              throw new ServiceError(
                'conflict',
                'this Idempotency-Key was already used for another response',
              );
            return {
              responseId: stored.id,
              submittedAt: stored.submittedAt?.toISOString() ?? '',
              created: false,
            };
          }
          const current = target.invitation
            ? responses.byInvitation
            : await existingResponse(tx, target, meta?.resumeToken);
          if (current?.status === 'submitted') {
            // PostgreSQL (read committed): the same submit may have committed between the two reads.
            if (current.idempotencyKey === key)
              return {
                responseId: current.id,
                submittedAt: current.submittedAt?.toISOString() ?? '',
                created: false,
              };
            throw alreadySubmitted();
          }
          requireOpen(target);
          answerProblems(target, answers, true);

          const groupQuota = target.group !== null ? survey.quotaByGroup?.[target.group] : undefined;
          const linkQuota = target.link?.quota ?? null;
          if (survey.quotaTotal !== null || groupQuota !== undefined || linkQuota !== null) {
            // Serialise the submits of this survey so two cannot both take the last place.
            const locked = await lockSurvey(tx, survey.id);
            if (locked?.status !== 'open') throw new ServiceError('conflict', 'this survey is closed');
            const counts = await countSubmittedFor(tx, survey.id, target.group, target.link?.id ?? null);
            const total = locked.quotaTotal;
            const group = target.group !== null ? locked.quotaByGroup?.[target.group] : undefined;
            if (total !== null && counts.total >= total)
              throw new ServiceError('conflict', 'the survey has all the responses it needs (quota reached)');
            if (group !== undefined && counts.group >= group)
              throw new ServiceError('conflict', `the quota for group '${target.group}' is reached`);
            if (linkQuota !== null && counts.link >= linkQuota)
              throw new ServiceError('conflict', 'the quota of this link is reached');
          }

          const values = { answers, locale, idempotencyKey: key, versionId: target.version.id };
          let row: SurveyResponseRow | null;
          if (current) {
            row = await submitResponse(tx, current.id, values);
            if (!row) throw new RaceLost();
          } else {
            row = await insertSurveyResponse(tx, {
              surveyId: survey.id,
              versionId: target.version.id,
              invitationId: target.invitation?.id ?? null,
              linkId: target.link?.id ?? null,
              respondentGroup: target.group,
              answers,
              locale,
              status: 'submitted',
              idempotencyKey: key,
              submittedAt: new Date(),
            });
          }
          if (target.invitation) await markInvitationUsed(tx, target.invitation.id);
          await writeAudit(tx, {
            orgId: survey.orgId,
            actor: null,
            action: 'survey.response.submit',
            entity: 'survey_response',
            entityId: row.id,
            before: null,
            after: {
              surveyId: survey.id,
              version: target.version.version,
              via: target.invitation ? 'invitation' : 'link',
              group: target.group,
            },
          });
          return { responseId: row.id, submittedAt: row.submittedAt?.toISOString() ?? '', created: true };
        }),
      );
    },
  };
}
