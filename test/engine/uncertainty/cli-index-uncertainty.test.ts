import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UsageError } from '../../../src/cli/command.ts';
import command from '../../../src/cli/commands/index-uncertainty.ts';

// The `citybench index uncertainty` command run in-process on the ASEM example files.
const asem = (name: string) => fileURLToPath(new URL(`../../../data/asem/${name}`, import.meta.url));
let dir = '';
const io = { stdout: () => {}, stderr: () => {}, readStdin: async () => '' };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'citybench-ua-'));
  await writeFile(
    join(dir, 'spec.json'),
    JSON.stringify({
      inputs: [
        { name: 'weights', weightNoise: 0.3, sets: 40 },
        {
          name: 'aggregation',
          address: 'aggregate',
          alternatives: [{ method: 'a_amean' }, { method: 'a_hmean' }],
        },
      ],
    }),
  );
  await writeFile(join(dir, 'scenarios.csv'), 'scenario,aggregate,weights\nbase,,\nharmonic,hmean,equal\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const baseArgs = () => [
  '--data',
  asem('ASEM_iData.csv'),
  '--meta',
  asem('ASEM_iMeta.csv'),
  '--spec',
  join(dir, 'spec.json'),
];

describe('citybench index uncertainty', () => {
  test('bad flags are usage errors', async () => {
    await expect(
      command.run([...baseArgs(), '--runs', '0', '--seed', '1', '--out', dir], io),
    ).rejects.toThrow(UsageError);
    await expect(
      command.run([...baseArgs(), '--runs', '5', '--seed', 'x', '--out', dir], io),
    ).rejects.toThrow(/--seed/);
    await expect(
      command.run([...baseArgs(), '--runs', '5', '--seed', '1', '--out', dir, '--bogus'], io),
    ).rejects.toThrow(UsageError);
  });

  test('writes rank statistics, sensitivity and scenarios; output does not depend on --workers', async () => {
    const run = async (workers: string, out: string) => {
      const args = [
        ...baseArgs(),
        '--runs',
        '150',
        '--seed',
        '9',
        '--out',
        join(dir, out),
        '--workers',
        workers,
        '--score-quantiles',
      ];
      expect(
        await command.run(
          [...args, '--sobol', '--samples', '10', '--nboot', '10', '--scenarios', join(dir, 'scenarios.csv')],
          io,
        ),
      ).toBe(0);
      const read = (name: string) => readFile(join(dir, out, name), 'utf8');
      return {
        ranks: await read('uncertainty-ranks.csv'),
        sens: await read('sensitivity.csv'),
        scen: await read('scenario-ranks.csv'),
      };
    };
    const one = await run('1', 'one');
    const two = await run('2', 'two');
    expect(two).toEqual(one);

    const lines = one.ranks.trim().split('\n');
    expect(lines[0]).toBe(
      'uCode,nominal,mean,median,q05,q95,nominal_score,mean_score,sd_score,min_score,max_score,median_score,q05_score,q95_score',
    );
    expect(lines.length).toBe(1 + 51);
    for (const line of lines.slice(1)) {
      const [, , mean, median, q05, q95, , , , min, max, medianScore, q05Score, q95Score] = line
        .split(',')
        .map(Number);
      expect(min!).toBeLessThanOrEqual(q05Score!);
      expect(q05Score!).toBeLessThanOrEqual(medianScore!);
      expect(medianScore!).toBeLessThanOrEqual(q95Score!);
      expect(q95Score!).toBeLessThanOrEqual(max!);
      expect(q05!).toBeLessThanOrEqual(median!);
      expect(median!).toBeLessThanOrEqual(q95!);
      expect(mean!).toBeGreaterThanOrEqual(1);
      expect(mean!).toBeLessThanOrEqual(51);
    }
    expect(
      one.sens
        .trim()
        .split('\n')
        .map((l) => l.split(',')[0]),
    ).toEqual(['input', 'weights', 'aggregation']);
    // Scenario "base" reproduces the nominal ranks column.
    const nominal = lines.slice(1).map((l) => l.split(',')[1]);
    const base = one.scen
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[1]);
    expect(base).toEqual(nominal);
  });
});
