import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// The layer rules in ARCHITECTURE.md are enforced by Biome. These cases feed Biome a file as if
// it lived at a given path (in a scratch copy of the layout, with the project's biome.json) and
// check that the violation is reported, and that legal code is not.
const root = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'citybench-boundaries-'));
const config = JSON.parse(readFileSync(path.join(root, 'biome.json'), 'utf8'));
config.vcs = { enabled: false };
config.$schema = undefined;
writeFileSync(path.join(scratch, 'biome.json'), JSON.stringify(config));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function lint(filePath: string, source: string): { ok: boolean; output: string } {
  const file = path.join(scratch, filePath);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, source);
  const biome = path.join(root, 'node_modules', '.bin', 'biome');
  const result = spawnSync(biome, ['lint', filePath], { cwd: scratch, encoding: 'utf8' });
  rmSync(file);
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

describe('import boundaries', () => {
  test.each([
    [
      'engine importing the database layer',
      'src/engine/pipeline/build.ts',
      "import { x } from '../../db/schema.ts';\nexport const y = x;\n",
    ],
    [
      'engine importing a Node module',
      'src/engine/stats/rng.ts',
      "import { randomBytes } from 'node:crypto';\nexport const y = randomBytes;\n",
    ],
    [
      'engine importing a package',
      'src/engine/core/matrix.ts',
      "import { z } from 'zod';\nexport const y = z;\n",
    ],
    [
      'engine top-level file climbing out',
      'src/engine/index.ts',
      "import { c } from '../config.ts';\nexport const y = c;\n",
    ],
    ['engine using console', 'src/engine/core/log.ts', 'export function f() {\n  console.log(1);\n}\n'],
    [
      'web importing the server',
      'web/src/pages/Home.tsx',
      "import { createApp } from '../../../src/server/app.ts';\nexport const y = createApp;\n",
    ],
    [
      'web importing the database layer',
      'web/src/api/client.ts',
      "import { openDatabase } from '../../../src/db/open.ts';\nexport const y = openDatabase;\n",
    ],
    [
      'web importing drizzle',
      'web/src/api/client.ts',
      "import { sql } from 'drizzle-orm';\nexport const y = sql;\n",
    ],
  ])('rejects %s', (_label, filePath, source) => {
    const { ok, output } = lint(filePath, source);
    expect(ok).toBe(false);
    expect(output).toMatch(/noRestrictedImports|noConsole/);
  });

  test.each([
    [
      'engine importing within the engine',
      'src/engine/pipeline/build.ts',
      "import { x } from '../core/matrix.ts';\nexport const y = x;\n",
    ],
    [
      'web importing the engine',
      'web/src/pages/WhatIf.tsx',
      "import { x } from '../../../src/engine/index.ts';\nexport const y = x;\n",
    ],
    [
      'web importing API types',
      'web/src/api/types.ts',
      "import type { SessionView } from '../../../src/services/contract.ts';\nexport type S = SessionView;\n",
    ],
  ])('allows %s', (_label, filePath, source) => {
    const { ok, output } = lint(filePath, source);
    expect(output).not.toMatch(/noRestrictedImports/);
    expect(ok).toBe(true);
  });
});
