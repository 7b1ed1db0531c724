import os from 'node:os';
import { loadDemoCities } from '../../data/demo/load-cities.ts';
import {
  demoExpertDefinition,
  demoExpertResponses,
} from '../../data/surveys/innovation-capacity/demo-expert-survey.ts';
import { INNOVATION_CAPACITY_QUESTIONNAIRE } from '../../data/surveys/innovation-capacity/questionnaire.ts';
import { createRng } from '../../src/engine/stats/rng.ts';
import {
  crossTab,
  distributions,
  type ResponseRecord,
} from '../../src/services/survey-insights/analytics.ts';
import { flattenDefinition } from '../../src/services/survey-insights/definition.ts';
import { mapExpertResponses } from '../../src/services/survey-insights/expert-mapping.ts';
import { exportResponses } from '../../src/services/survey-insights/export-responses.ts';
import { type BenchRow, type BenchSuite, timeMedian } from '../suite.ts';

// Issue 6, part 7: survey analytics over 10,000 submitted responses (SYNTHETIC, generated here),
// in process: what GET .../analytics, .../crosstab and .../export compute after loading the rows.
const N = 10_000;

/** Median wall time, plus the mean CPU time per call (the machine is shared: wall time includes waiting). */
async function timed(runs: number, fn: () => unknown): Promise<{ ms: number; note: string }> {
  let cpu = 0;
  let calls = 0;
  const ms = await timeMedian(runs, async () => {
    const before = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(before);
    cpu += used.user + used.system;
    calls++;
  });
  return {
    ms,
    note: `mean CPU ${(cpu / calls / 1000).toFixed(0)} ms, load average ${os.loadavg()[0]!.toFixed(1)}`,
  };
}

/** Random answers to every choice question of the innovation-capacity questionnaire. */
function questionnaireResponses(n: number): ResponseRecord[] {
  const rng = createRng(6);
  const questions = flattenDefinition(INNOVATION_CAPACITY_QUESTIONNAIRE, 'en');
  const groups = ['city_government', 'agency', 'district', 'other'];
  return Array.from({ length: n }, (_, i) => {
    const answers: Record<string, unknown> = { city_name: `City ${i}` };
    for (const q of questions) {
      if (q.kind === 'single')
        answers[q.name] =
          q.type === 'boolean' ? rng.uniform() < 0.5 : q.choices[rng.integer(q.choices.length)]?.value;
      else if (q.kind === 'multi')
        answers[q.name] = q.choices.filter(() => rng.uniform() < 0.4).map((c) => c.value);
    }
    if (rng.uniform() < 0.2) answers['policy_areas-Comment'] = 'port logistics';
    return {
      id: `r${i}`,
      group: groups[rng.integer(groups.length)]!,
      submittedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      answers,
    };
  });
}

export const suite: BenchSuite = {
  name: 'survey-analytics',
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    const responses = questionnaireResponses(N);
    const ms = await timed(5, () => distributions(INNOVATION_CAPACITY_QUESTIONNAIRE, responses, 'ko'));
    rows.push({
      suite: 'survey-analytics',
      case: `distributions: ${N} responses x ${flattenDefinition(INNOVATION_CAPACITY_QUESTIONNAIRE, 'en').length} questions`,
      medianMs: ms.ms,
      note: ms.note,
      runs: 5,
      target: '< 500 ms',
      met: ms.ms < 500,
    });
    const tabMs = await timed(5, () =>
      crossTab(INNOVATION_CAPACITY_QUESTIONNAIRE, responses, 'policy_areas', 'respondent_group', 'en'),
    );
    rows.push({
      suite: 'survey-analytics',
      case: `cross-tab: 19-option multi-choice by respondent group, ${N} responses`,
      medianMs: tabMs.ms,
      note: tabMs.note,
      runs: 5,
      target: '< 200 ms',
      met: tabMs.ms < 200,
    });
    const csvMs = await timed(3, () =>
      exportResponses('bench', INNOVATION_CAPACITY_QUESTIONNAIRE, responses, 'csv', 'ko', true),
    );
    rows.push({
      suite: 'survey-analytics',
      case: `CSV export with Korean labels, ${N} responses`,
      medianMs: csvMs.ms,
      note: csvMs.note,
      runs: 3,
      target: '< 1 s',
      met: csvMs.ms < 1000,
    });

    // Expert assessments: 10,000 responses of 8 cities x 3 dimensions (~240,000 cells).
    const cities = loadDemoCities().map((c) => ({
      code: c.code,
      nameEn: c.nameEn,
      nameKo: c.nameKo,
      region: c.region,
    }));
    const dims = [
      { code: 'IS', nameEn: 'Innovation Support', nameKo: '혁신 지원' },
      { code: 'CI', nameEn: 'Creative Intensity', nameKo: '창의 집약도' },
      { code: 'DC', nameEn: 'Delivery Capability', nameKo: '실행 역량' },
    ];
    const base = demoExpertResponses(
      cities,
      dims.map((d) => d.code),
    );
    const expert: ResponseRecord[] = Array.from({ length: N }, (_, i) => {
      const r = base[i % base.length]!;
      return { id: `e${i}`, group: r.group, submittedAt: r.submittedAt, answers: r.answers };
    });
    const definition = demoExpertDefinition(cities, dims);
    const matrixMs = await timed(3, () => distributions(definition, expert, 'en'));
    rows.push({
      suite: 'survey-analytics',
      case: `distributions: expert grid 76 cities x 3 dimensions, ${N} responses`,
      medianMs: matrixMs.ms,
      note: matrixMs.note,
      runs: 3,
      target: '< 1 s',
      met: matrixMs.ms < 1000,
    });
    const mapMs = await timed(3, () =>
      mapExpertResponses(
        expert,
        cities,
        dims.map((d) => d.code),
        '2026-11-30',
        { windowMonths: 24, excludeHomeCity: true, minAssessments: 7 },
      ),
    );
    rows.push({
      suite: 'survey-analytics',
      case: `into-index mapping + rules: ${N} expert responses (~${((N * 24) / 1000).toFixed(0)}k assessments)`,
      medianMs: mapMs.ms,
      note: mapMs.note,
      runs: 3,
      target: '< 500 ms',
      met: mapMs.ms < 500,
    });
    return rows;
  },
};
