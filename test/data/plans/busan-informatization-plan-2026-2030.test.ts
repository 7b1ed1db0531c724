import { describe, expect, it } from 'vitest';
import {
  type AgendaSlot,
  BUSAN_INFORMATIZATION_PLAN_2026_2030 as data,
} from '../../../data/plans/busan-informatization-plan-2026-2030.ts';
import { formatKrwKorean, parseKrw } from '../../../src/engine/planning/money.ts';
import { walkPlan } from '../../../src/engine/planning/plan-tree.ts';
import { rollupPlan } from '../../../src/engine/planning/rollup.ts';

// Expected values are typed from seed 004 (the city's English press release), not from the data.
const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

describe('seed 004: the plan', () => {
  it('is the 6th plan for 2026–2030 on a five-year cycle', () => {
    expect(data.title.en).toBe('6th Basic Informatization Plan of Busan Metropolitan City (2026–2030)');
    expect(data.ordinal).toBe(6);
    expect(data.period).toEqual({ from: 2026, to: 2030 });
    expect(data.period.to - data.period.from + 1).toBe(data.cycleYears);
    expect(data.cycleYears).toBe(5);
  });

  it('has its legal basis, predecessor, national alignment and vision as given', () => {
    expect(data.legalBasis.map((l) => l.en)).toEqual([
      'Electronic Government Act',
      'Busan Metropolitan City Informatization Basic Ordinance',
    ]);
    expect(data.predecessor).toMatchObject({ ordinal: 5, from: 2019, to: 2025 });
    expect(data.nationalAlignment.map((a) => a.en)).toEqual([
      'Korea Digital Strategy',
      'Digital Platform Government Implementation Plan',
      'National AI Mainstreaming Strategy',
    ]);
    expect(data.vision.map((v) => v.en)).toEqual(['livable AI city', 'global AI innovation hub']);
    expect(data.policyLink).toBe('policy goals of the 8th popularly elected administration');
  });
});

describe('seed 004: the planning study', () => {
  const { study } = data;

  it('has the title, June–November 2025 over 5 months and the contractor', () => {
    expect(study.title).toBe('Study for the Establishment of the 6th Basic Informatization Plan of Busan');
    expect(study.duration).toEqual({
      from: { year: 2025, month: 6 },
      to: { year: 2025, month: 11 },
      months: 5,
    });
    expect(study.contractor).toEqual({
      name: 'C&L Consulting Co., Ltd.',
      ceo: 'Lee Dae-cheol',
      basedIn: 'Yeongdeungpo-gu, Seoul',
    });
  });

  it('costs KRW 175 million (1억 7,500만 원) exactly', () => {
    const parsed = parseKrw('KRW 175 million');
    expect(parsed.ok && parsed.value).toBe(study.budget);
    expect(study.budgetText).toBe('KRW 175 million');
    expect(formatKrwKorean(study.budget)).toBe('1억 7,500만 원');
  });

  it('lists the scope items and the four methods', () => {
    expect(study.scope).toEqual([
      'Develop the Basic Informatization Plan for 2026–2030',
      'Analyze informatization environments and trends',
      'Define vision, strategy, action tasks',
      'Develop roadmaps for short-, mid-, and long-term implementation',
    ]);
    expect(study.contents).toHaveLength(5);
    expect(study.methods).toEqual([
      'SWOT analysis',
      'future demand forecasts',
      'citizen and public servant surveys',
      'expert interviews',
    ]);
  });
});

describe('seed 004: the kickoff meeting', () => {
  const { kickoff } = data;
  const agenda: AgendaSlot[] = kickoff.agenda;

  it('was on Thursday 12 June 2025 at 15:00 in the Domohon Conference Room', () => {
    expect(kickoff.date).toEqual({ year: 2025, month: 6, day: 12 });
    const weekday = new Date(Date.UTC(2025, 5, 12)).getUTCDay();
    expect(weekday).toBe(4); // Thursday, as the seed says
    expect(kickoff.weekday).toBe('Thursday');
    expect(kickoff.start).toBe('15:00');
    expect(kickoff.venue).toBe('Domohon Conference Room (2nd Floor)');
    expect(kickoff.participants).toEqual({
      approximately: 30,
      groups: ['City officials', 'external experts', 'project contractor'],
    });
  });

  it('has the five agenda items in order', () => {
    expect(agenda.map((a) => a.content)).toEqual([
      'Opening & Participant Introduction',
      'Welcome Remarks',
      'Project Briefing',
      'Feedback & Q&A',
      'Closing',
    ]);
    expect(agenda.map((a) => a.minutes)).toEqual([5, 5, 25, 20, 5]);
  });

  it('runs contiguously from 15:00 to 16:00, each slot as long as stated, 60 minutes in all', () => {
    expect(agenda[0]!.start).toBe(kickoff.start);
    expect(agenda.at(-1)!.end).toBe('16:00');
    agenda.forEach((slot, i) => {
      expect(minutesOf(slot.end) - minutesOf(slot.start)).toBe(slot.minutes);
      if (i > 0) expect(slot.start).toBe(agenda[i - 1]!.end);
    });
    expect(agenda.reduce((s, a) => s + a.minutes, 0)).toBe(60);
  });
});

describe('illustrative roadmap', () => {
  it('flags every task as illustrative and tags only the national strategies', () => {
    const national = new Set(data.nationalAlignment.map((a) => a.en));
    const tasks = walkPlan(data.plan).filter((v) => v.depth > 0);
    expect(tasks.length).toBeGreaterThan(0);
    for (const { item } of tasks) {
      expect(item.illustrative, item.id).toBe(true);
      expect(item.note, item.id).toBeTruthy();
      for (const tag of item.alignment ?? []) expect(national.has(tag), tag).toBe(true);
    }
  });

  it('rolls up by horizon with every horizon covered', () => {
    const r = rollupPlan(data.plan);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.itemised.byHorizon.unspecified).toBe(0n);
    for (const horizon of ['short', 'mid', 'long'] as const)
      expect(r.value.itemised.byHorizon[horizon]).toBeGreaterThan(0n);
  });
});
