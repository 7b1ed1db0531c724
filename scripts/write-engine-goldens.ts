/**
 * Writes the engine's golden files: one CSV of full ASEM scores per method in
 * test/engine/golden-cases.ts, into test/golden/engine/. Run after an intended change of results:
 *   npx tsx scripts/write-engine-goldens.ts
 * and review the diff. Numbers use the CLI's 15-significant-digit format.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildIndex } from '../src/engine/pipeline/build-index.ts';
import { matrixCsv } from '../src/services/index-io/write-results.ts';
import { GOLDEN_CASES } from '../test/engine/golden-cases.ts';
import { asemCoin } from '../test/engine/helpers/asem.ts';

const dir = fileURLToPath(new URL('../test/golden/engine/', import.meta.url));
mkdirSync(dir, { recursive: true });
const coin = asemCoin();
for (const [name, spec] of Object.entries(GOLDEN_CASES)) {
  const r = buildIndex(coin, spec);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
  writeFileSync(`${dir}${name}.csv`, matrixCsv(r.value.unitCodes, r.value.codes, r.value.scores));
  console.log(`wrote ${name}.csv`);
}

// The analysis step's outputs on the default ASEM build (citybench index analyse), one folder.
const analysisDir = fileURLToPath(new URL('../test/golden/engine/analysis/', import.meta.url));
mkdirSync(analysisDir, { recursive: true });
const { ANALYSIS_GOLDEN_ARGS } = await import('../test/engine/golden-cases.ts');
const { default: analyse } = await import('../src/cli/commands/index-analyse.ts');
const silent = { stdout: () => {}, stderr: () => {}, readStdin: async () => '' };
if ((await analyse.run([...ANALYSIS_GOLDEN_ARGS, '--out', analysisDir], silent)) !== 0) {
  throw new Error('index analyse failed');
}
console.log('wrote analysis/*.csv');
