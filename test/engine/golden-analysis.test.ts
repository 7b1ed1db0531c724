import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import analyse from '../../src/cli/commands/index-analyse.ts';
import { ANALYSIS_GOLDEN_ARGS } from './golden-cases.ts';

// Regression guard for the analysis step: a fresh `index analyse` run on ASEM must reproduce the
// golden files exactly (rewrite them with scripts/write-engine-goldens.ts after an intended change).
const goldenDir = fileURLToPath(new URL('../golden/engine/analysis/', import.meta.url));
let out = '';

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'citybench-analysis-golden-'));
  const io = { stdout: () => {}, stderr: () => {}, readStdin: async () => '' };
  expect(await analyse.run([...ANALYSIS_GOLDEN_ARGS, '--out', out], io)).toBe(0);
});
afterAll(() => rm(out, { recursive: true, force: true }));

describe('ASEM analysis golden files', async () => {
  const files = (await readdir(goldenDir)).filter((f) => f.endsWith('.csv'));
  it('covers every output of the command', async () => {
    expect((await readdir(out)).sort()).toEqual(files.sort());
  });
  for (const file of files) {
    it(file, async () => {
      expect(await readFile(join(out, file), 'utf8')).toBe(await readFile(join(goldenDir, file), 'utf8'));
    });
  }
});
