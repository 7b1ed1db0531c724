/**
 * Load and retries: 200 respondents submit at once through the real app (100 by invitation, 100
 * through one open link), and clients retry with the same Idempotency-Key, both while the first
 * request is in flight and after its answer (a lost acknowledgement). Every acknowledged response
 * must be stored exactly once: none lost, none duplicated. Throughput and p99 latency are measured
 * in bench/suites/survey-load.ts, not asserted here.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../../src/db/index.ts';
import type { SurveyDefinition } from '../../../src/services/contract-surveys.ts';
import { drivers, reportSkippedDrivers } from '../../db/support/databases.ts';
import { openSurveyApi, type SurveyApi } from './collection-support.ts';

reportSkippedDrivers();

const RESPONDENTS = 200;

const DEFINITION: SurveyDefinition = {
  title: { default: 'Load', ko: '부하' },
  pages: [
    {
      name: 'p',
      elements: [
        {
          type: 'rating',
          name: 'score',
          title: { default: 'Score', ko: '점수' },
          isRequired: true,
          rateMin: 1,
          rateMax: 10,
        },
        { type: 'comment', name: 'note', title: { default: 'Note', ko: '메모' } },
      ],
    },
  ],
};

/** A small seeded generator, so a failing run can be repeated. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface Ack {
  key: string;
  status: number;
  responseId: string | null;
  detail?: string;
}

describe.each(drivers)('200 concurrent respondents on %s', (driver) => {
  let api: SurveyApi;
  let surveyId: string;
  let tokens: string[];

  beforeAll(async () => {
    api = await openSurveyApi(driver);
    const admin = await api.services.auth.resolveSession(api.admin.split('=')[1] ?? '');
    if (!admin) throw new Error('no admin session');
    const s = api.services.surveys;
    const created = await s.createSurvey(admin.actor, api.slug, {
      kind: 'other',
      title: { en: 'Load', ko: '부하' },
      definition: DEFINITION,
    });
    surveyId = created.id;
    await s.publishSurvey(admin.actor, api.slug, surveyId);
    await s.setSurveyStatus(admin.actor, api.slug, surveyId, 'open');
    const { issued } = await s.addInvitations(admin.actor, api.slug, surveyId, {
      format: 'json',
      invitations: Array.from({ length: RESPONDENTS / 2 }, (_, i) => ({
        name: `R${i}`,
        group: i % 2 ? 'a' : 'b',
      })),
    });
    const link = await s.createLink(admin.actor, api.slug, surveyId, { ratePerMinute: 10_000 });
    tokens = [...issued.map((i) => i.token), ...Array.from({ length: RESPONDENTS / 2 }, () => link.token)];
  }, 120_000);
  afterAll(async () => {
    await api?.fixture.dispose();
  });

  it('stores every acknowledged response exactly once, with retries of the same key', async () => {
    const random = lcg(driver === 'pglite' ? 6 : 7);
    const submit = async (token: string, key: string, i: number): Promise<Ack> => {
      const response = await api.request(`/api/respond/${token}`, {
        body: { answers: { score: (i % 10) + 1, note: `respondent ${i}` } },
        headers: { 'idempotency-key': key },
      });
      const body = (await response.json()) as { responseId?: string; detail?: string };
      return {
        key,
        status: response.status,
        responseId: body.responseId ?? null,
        ...(body.detail ? { detail: body.detail } : {}),
      };
    };
    const keys = tokens.map(() => randomUUID());
    const acks = (
      await Promise.all(
        tokens.map(async (token, i) => {
          const key = keys[i] ?? '';
          const roll = random();
          const out: Ack[] = [];
          if (roll < 0.3) {
            // A double click: the same submit twice at once.
            out.push(...(await Promise.all([submit(token, key, i), submit(token, key, i)])));
          } else out.push(await submit(token, key, i));
          // The answer was lost on the way: the client retries later with the same key.
          if (roll > 0.6) out.push(await submit(token, key, i));
          return out;
        }),
      )
    ).flat();

    expect(acks.filter((a) => a.status !== 200 && a.status !== 201)).toEqual([]);
    const byKey = new Map<string, Ack[]>();
    for (const a of acks) byKey.set(a.key, [...(byKey.get(a.key) ?? []), a]);
    expect(byKey.size).toBe(RESPONDENTS);
    for (const [key, list] of byKey) {
      expect(
        list.filter((a) => a.status === 201),
        key,
      ).toHaveLength(1);
      expect(new Set(list.map((a) => a.responseId)).size, key).toBe(1);
    }
    expect(acks.length).toBeGreaterThan(RESPONDENTS);

    const rows = await api.fixture.database.db
      .select()
      .from(schema.surveyResponses)
      .where(eq(schema.surveyResponses.surveyId, surveyId));
    expect(rows).toHaveLength(RESPONDENTS);
    expect(rows.every((r) => r.status === 'submitted')).toBe(true);
    const stored = new Map(rows.map((r) => [r.idempotencyKey, r.id]));
    for (const [key, list] of byKey) expect(stored.get(key), key).toBe(list[0]?.responseId);
    // Each invitation answered once.
    const invitations = rows.filter((r) => r.invitationId !== null);
    expect(new Set(invitations.map((r) => r.invitationId)).size).toBe(RESPONDENTS / 2);
  }, 300_000);
});
