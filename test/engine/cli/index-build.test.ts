import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/command.ts';
import command from '../../../src/cli/commands/index-build.ts';
import { parseCsv } from '../../../src/engine/input/csv.ts';
import { writeXlsxTables } from '../../../src/services/index-io/write-results.ts';
import { ASEM_DATA, ASEM_META, readTable } from '../helpers/asem.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'citybench-index-build-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), readStdin: async () => '' },
    out,
    err,
  };
}

async function readOut(path: string) {
  const t = parseCsv(await readFile(path, 'utf8'));
  if (!t.ok) throw new Error('bad output csv');
  return t.value;
}

describe('citybench index build', () => {
  it('default build on ASEM: Political recomputed by a plain loop, ranks consistent with scores', async () => {
    const out = join(dir, 'default');
    const { io: streams } = io();
    expect(await command.run(['--data', ASEM_DATA, '--meta', ASEM_META, '--out', out], streams)).toBe(0);
    const scores = await readOut(join(out, 'scores.csv'));
    const ranks = await readOut(join(out, 'ranks.csv'));
    expect(scores.header[0]).toBe('uCode');
    expect(scores.header).toHaveLength(1 + 60);
    expect(scores.header.at(-1)).toBe('Index');
    expect(scores.rows).toHaveLength(51);

    // Political = mean of min-max [0,100] of Embs, IGOs, UNVote (all direction +1), over present values
    const data = readTable(ASEM_DATA);
    const kids = ['Embs', 'IGOs', 'UNVote'];
    const raw = kids.map((k) =>
      data.rows.map((r) =>
        r[data.header.indexOf(k)] === 'NA' ? Number.NaN : Number(r[data.header.indexOf(k)]),
      ),
    );
    const pol = scores.header.indexOf('Political');
    data.rows.forEach((row, u) => {
      let sum = 0;
      let count = 0;
      for (const x of raw) {
        const present = x.filter((v) => !Number.isNaN(v));
        const lo = Math.min(...present);
        const hi = Math.max(...present);
        if (Number.isNaN(x[u]!)) continue;
        sum += ((x[u]! - lo) / (hi - lo)) * 100;
        count++;
      }
      expect(scores.rows[u]![0]).toBe(row[data.header.indexOf('uCode')]);
      expect(Number(scores.rows[u]![pol])).toBeCloseTo(sum / count, 10);
    });

    // the unit with the highest Index has rank 1; ranks are a permutation of 1..51
    const ix = scores.header.indexOf('Index');
    const values = scores.rows.map((r) => Number(r[ix]));
    const best = values.indexOf(Math.max(...values));
    expect(ranks.rows[best]![ix]).toBe('1');
    expect(new Set(ranks.rows.map((r) => r[ix])).size).toBe(51);
    // numbers carry at most 15 significant digits and no trailing zeros
    for (const cell of scores.rows.flat().slice(1)) {
      if (cell === '' || Number.isNaN(Number(cell))) continue;
      expect(
        cell.replace(/^-/, '').replace('.', '').replace(/e.*$/, '').replace(/^0+/, '').length,
      ).toBeLessThanOrEqual(15);
      if (cell.includes('.')) expect(cell).not.toMatch(/0$/);
    }
  });

  it('accepts .xlsx inputs and gives the same scores as CSV', async () => {
    const data = readTable(ASEM_DATA);
    const meta = readTable(ASEM_META);
    const num = (c: string) => (c !== '' && c !== 'NA' && Number.isFinite(Number(c)) ? Number(c) : c);
    // one workbook with both sheets, iMeta first, so each sheet is picked by name, not position
    await writeXlsxTables(join(dir, 'coin.xlsx'), [
      { name: 'iMeta', header: meta.header, rows: meta.rows.map((r) => r.map(num)) },
      { name: 'iData', header: data.header, rows: data.rows.map((r) => r.map(num)) },
    ]);
    const { io: streams } = io();
    const args = ['--normalise', 'zscore', '--aggregate', 'genmean:0.5', '--impute', 'mean'];
    expect(
      await command.run(
        [
          '--data',
          join(dir, 'coin.xlsx'),
          '--meta',
          join(dir, 'coin.xlsx'),
          '--out',
          join(dir, 'x'),
          ...args,
        ],
        streams,
      ),
    ).toBe(0);
    expect(
      await command.run(
        ['--data', ASEM_DATA, '--meta', ASEM_META, '--out', join(dir, 'c'), ...args],
        streams,
      ),
    ).toBe(0);
    expect(await readFile(join(dir, 'x', 'scores.csv'), 'utf8')).toBe(
      await readFile(join(dir, 'c', 'scores.csv'), 'utf8'),
    );
  });

  it('bad flags, methods and files are UsageErrors (exit 2) with one-line messages', async () => {
    const { io: streams } = io();
    const base = ['--data', ASEM_DATA, '--meta', ASEM_META, '--out', join(dir, 'bad')];
    for (const argv of [
      [...base, '--bogus'],
      [...base, '--normalise', 'minmax:a,b'],
      [...base, '--impute', 'mean_grp'],
      ['--data', join(dir, 'missing.csv'), '--meta', ASEM_META, '--out', dir],
      ['--meta', ASEM_META, '--out', dir],
    ]) {
      const error = await command.run(argv, streams).catch((e: unknown) => e);
      expect(error, argv.join(' ')).toBeInstanceOf(UsageError);
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('lists every input problem with file, row and column', async () => {
    const { writeFile } = await import('node:fs/promises');
    const meta = join(dir, 'bad-meta.csv');
    await writeFile(
      meta,
      'Level,iCode,Parent,Type\n1,A,Top,Indicator\n1,1B,Nope,Indicator\n2,Top,NA,Aggregate\n',
    );
    const data = join(dir, 'bad-data.csv');
    await writeFile(data, 'uCode,A\nX,oops\n');
    const { io: streams, err } = io();
    await expect(command.run(['--data', data, '--meta', meta, '--out', dir], streams)).rejects.toBeInstanceOf(
      UsageError,
    );
    const text = err.join('');
    expect(text).toContain(`${meta} row 2, column iCode`);
    expect(text).toContain(`${meta} row 2, column Parent`);
    expect(text).toContain(`${data} row 1, column A`);
  });
});
