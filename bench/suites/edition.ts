import os from 'node:os';
import { DEMO_SEED, demoEditionInput, demoEditions } from '../../data/demo/index.ts';
import { factorContributions, prepareEdition, whatIf } from '../../src/engine/fam/index.ts';
import { type BenchRow, type BenchSuite, timeMedian } from '../suite.ts';

// Issue 4: an SCI-sized edition (76 cities, 135 factors, 2,000 respondents, ~30,000 assessments,
// all SYNTHETIC from data/demo) built end to end: per-respondent SVRs for the overall model and
// the six area models, ranks and a 200-replicate bootstrap. What-if is timed in Node here; the
// browser runs the same engine code, so expect the same order of magnitude there, not this number.
export const suite: BenchSuite = {
  name: 'edition',
  async run(): Promise<BenchRow[]> {
    const data = demoEditions(DEMO_SEED);
    const last = data.editions.length - 1;
    const input = demoEditionInput(data, last);
    const nAssessments = input.assessments.respondent.length;
    const size = `${input.cityIds.length} cities x ${input.factors.nFactors} factors, ${input.nRespondents} respondents, ${nAssessments} assessments`;
    const rows: BenchRow[] = [];

    // On a shared machine wall time includes waiting for a core; CPU time per build is noted too.
    let cpuMicros = 0;
    let builds = 0;
    const buildMs = await timeMedian(3, () => {
      const before = process.cpuUsage();
      const p = prepareEdition(input);
      const used = process.cpuUsage(before);
      cpuMicros += used.user + used.system;
      builds++;
      if (!p.ok) throw new Error(p.errors[0]?.message);
    });
    const cpuMs = cpuMicros / builds / 1000;
    rows.push({
      suite: 'edition',
      case: 'build edition (overall + 6 area models, 200 bootstrap replicates)',
      medianMs: buildMs,
      runs: 3,
      target: '< 2 s',
      met: buildMs < 2000,
      note: `${size} (synthetic ${data.editions[last]!.edition}); mean CPU time ${cpuMs.toFixed(0)} ms, load average ${os.loadavg()[0]!.toFixed(1)}`,
    });

    const prepared = prepareEdition(input);
    if (!prepared.ok) throw new Error(prepared.errors[0]?.message);
    const p = prepared.value;
    const busan = input.cityIds.indexOf('BUS');
    const changes = [
      { factor: 0, value: 95 },
      { factor: 120, value: 90 },
    ];
    const whatIfMs = await timeMedian(20, () => whatIf(p, busan, changes));
    rows.push({
      suite: 'edition',
      case: 'what-if: one city, two factors in two areas',
      medianMs: whatIfMs,
      runs: 20,
      target: '< 50 ms (Node)',
      met: whatIfMs < 50,
      note: `personal SVRs kept: ${p.result.diagnostics.personalModels} (overall model)`,
    });

    const explainMs = await timeMedian(3, () => factorContributions(p, busan));
    rows.push({
      suite: 'edition',
      case: 'factor contributions for one city (135 re-predictions)',
      medianMs: explainMs,
      runs: 3,
    });
    return rows;
  },
};
