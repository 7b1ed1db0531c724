import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import command from '../../../src/cli/commands/index-uncertainty.ts';
import { parseCsv } from '../../../src/engine/input/csv.ts';

// docs/engine.md points users at data/examples/asem-uncertainty.json: it must stay runnable.
const file = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

test('the shipped example uncertainty spec runs on the ASEM data and bounds every rank', async () => {
  const out = await mkdtemp(join(tmpdir(), 'citybench-example-spec-'));
  const io = { stdout: () => {}, stderr: () => {}, readStdin: async () => '' };
  try {
    const args = ['--data', file('data/asem/ASEM_iData.csv'), '--meta', file('data/asem/ASEM_iMeta.csv')];
    args.push(
      '--spec',
      file('data/examples/asem-uncertainty.json'),
      '--runs',
      '40',
      '--seed',
      '7',
      '--out',
      out,
    );
    expect(await command.run(args, io)).toBe(0);
    const parsed = parseCsv(await readFile(join(out, 'uncertainty-ranks.csv'), 'utf8'));
    if (!parsed.ok) throw new Error('unreadable output');
    const { header, rows } = parsed.value;
    const at = (name: string) => header.indexOf(name);
    expect(rows).toHaveLength(51);
    for (const row of rows) {
      const [q05, median, q95] = [row[at('q05')], row[at('median')], row[at('q95')]].map(Number);
      expect(1 <= q05! && q05! <= median! && median! <= q95! && q95! <= 51).toBe(true);
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
