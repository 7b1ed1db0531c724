import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/command.ts';
import { commandLoaders } from '../../../src/cli/commands/index.ts';
import command from '../../../src/cli/commands/index-analyse.ts';
import { parseCsv, type Table } from '../../../src/engine/input/csv.ts';
import { ASEM_DATA, ASEM_META, readTable } from '../helpers/asem.ts';
import { built, coinOf, plainPearson, scoresOf } from './fixtures.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'citybench-index-analyse-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function streams() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), readStdin: async () => '' },
    out,
    err,
  };
}

async function readOut(path: string): Promise<Table> {
  const t = parseCsv(await readFile(path, 'utf8'));
  if (!t.ok) throw new Error(`bad csv ${path}`);
  return t.value;
}

const cell = (t: Table, row: string[], name: string) => row[t.header.indexOf(name)]!;

describe('citybench index analyse', () => {
  it('is registered and writes the analysis tables for ASEM', async () => {
    expect(commandLoaders['index analyse']).toBeDefined();
    const out = join(dir, 'asem');
    const { io } = streams();
    const argv = ['--data', ASEM_DATA, '--meta', ASEM_META, '--out', out, '--with-parent', 'parent'];
    expect(await command.run(argv, io)).toBe(0);

    const corr = await readOut(join(out, 'correlations.csv'));
    expect(corr.header).toEqual(['row_code', 'col_code', 'group', 'r', 'n']);
    expect(corr.rows).toHaveLength(49); // each indicator with its pillar
    const result = built(coinOf(readTable(ASEM_DATA), readTable(ASEM_META)));
    const lpi = corr.rows.find((r) => r[0] === 'LPI')!;
    expect(lpi[1]).toBe('Physical');
    expect(Number(cell(corr, lpi, 'r'))).toBeCloseTo(
      plainPearson(scoresOf(result, 'LPI'), scoresOf(result, 'Physical')).r,
      12,
    );

    const consistency = await readOut(join(out, 'consistency.csv'));
    expect(consistency.rows).toHaveLength(8 + 2 + 1); // groups at levels 1, 2, 3
    for (const row of consistency.rows) {
      const alpha = Number(cell(consistency, row, 'alpha'));
      expect(cell(consistency, row, 'low_alpha')).toBe(alpha < 0.7 ? '1' : '0');
    }

    const removal = await readOut(join(out, 'removal.csv'));
    expect(removal.rows).toHaveLength(49 * 51);
    for (const row of removal.rows.slice(0, 60))
      expect(Number(cell(removal, row, 'rank_change'))).toBe(
        Number(cell(removal, row, 'nominal_rank')) - Number(cell(removal, row, 'rank')),
      );
    const summary = await readOut(join(out, 'removal-summary.csv'));
    expect(summary.rows).toHaveLength(49);
    const loadings = await readOut(join(out, 'loadings.csv'));
    expect(loadings.rows).toHaveLength(49 + 8 + 2);
  });

  it('--help is in the help text, and bad flags are usage errors', async () => {
    expect(command.help).toContain('--level-a');
    const { io } = streams();
    const base = ['--data', ASEM_DATA, '--meta', ASEM_META, '--out', join(dir, 'bad')];
    await expect(command.run([...base, '--cortype', 'magic'], io)).rejects.toBeInstanceOf(UsageError);
    await expect(command.run([...base, '--level-a', '0'], io)).rejects.toBeInstanceOf(UsageError);
    await expect(command.run([...base, '--level-a', '9'], io)).rejects.toThrow(/levelA/);
    await expect(command.run([...base, '--removal-level', '4'], io)).rejects.toBeInstanceOf(UsageError);
    await expect(command.run([...base, '--bogus'], io)).rejects.toBeInstanceOf(UsageError);
    await expect(command.run(['--meta', ASEM_META], io)).rejects.toThrow(/--data/);
  });
});
