import { readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow, BenchSuite } from './suite.ts';

// Runs every suite in bench/suites (or those named on the command line), prints a table and
// writes BENCHMARKS.md. Speed targets live here, never as timing asserts in tests.
const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = (await readdir(path.join(here, 'suites'))).filter((f) => f.endsWith('.ts')).sort();
const rows: BenchRow[] = [];
for (const file of files) {
  const mod = (await import(path.join(here, 'suites', file))) as { suite: BenchSuite };
  if (only.length > 0 && !only.includes(mod.suite.name)) continue;
  process.stderr.write(`bench: ${mod.suite.name} ...\n`);
  rows.push(...(await mod.suite.run()));
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(4));
const header = ['suite', 'case', 'median ms', 'runs', 'target', 'met', 'note'];
const body = rows.map((r) => [
  r.suite,
  r.case,
  fmt(r.medianMs),
  String(r.runs),
  r.target ?? '',
  r.met === undefined ? '' : r.met ? 'yes' : 'NO',
  r.note ?? '',
]);
const table = [header, header.map(() => '---'), ...body]
  .map((cells) => `| ${cells.join(' | ')} |`)
  .join('\n');
process.stdout.write(`${table}\n`);
const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const doc = `# Benchmarks\n\nWritten by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; ${machine}.\nMedians of several runs; targets from the issues.\n\n${table}\n`;
if (only.length === 0) await writeFile(path.join(here, '..', 'BENCHMARKS.md'), doc);
