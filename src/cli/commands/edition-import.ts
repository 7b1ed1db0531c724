import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { UploadedTable } from '../../services/contract.ts';
import { ServiceError } from '../../services/errors.ts';
import { type CliCommand, type CliIo, parseFlags, requireFlag, UsageError } from '../command.ts';
import { withRuntime } from '../runtime.ts';
import { benchmarkOf, editionFlag, SYSTEM } from './edition-common.ts';

async function readUpload(path: string): Promise<UploadedTable> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') throw new UsageError(`${path}: expected a .csv or .xlsx file`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new UsageError(`cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return ext === '.csv' ? { format: 'csv', text: bytes.toString('utf8') } : { format: 'xlsx', bytes };
}

/** Prints every bad row of a rejected file; returns true when `err` was such a rejection. */
function reportRows(io: CliIo, path: string, err: unknown): boolean {
  if (!(err instanceof ServiceError) || err.kind !== 'invalid') return false;
  io.stderr(`${path}: ${err.message}\n`);
  for (const [where, messages] of Object.entries(err.fields ?? {}))
    for (const message of messages) io.stderr(`  ${where}: ${message}\n`);
  return true;
}

const command: CliCommand = {
  name: 'edition import',
  summary: "Import a draft edition's factor values and/or assessments from CSV or XLSX",
  help: `Usage: citybench edition import --org SLUG --edition N [--factor-values FILE] [--assessments FILE]

FILE is .csv or .xlsx (first worksheet; row 1 is the header).
  factor values: city,factor,value
  assessments:   respondent,home_city,region,sector,city,dimension,rating,date (YYYY-MM-DD)
Each file replaces that part of the edition. Every row is checked first: when any row is bad,
every bad row is listed, nothing is imported and the exit code is 2. Published editions are frozen.`,
  async run(argv, io) {
    const { values } = parseFlags(argv, {
      org: { type: 'string' },
      edition: { type: 'string' },
      'factor-values': { type: 'string' },
      assessments: { type: 'string' },
    });
    const slug = requireFlag(values, 'org');
    const number = editionFlag(values.edition);
    const factorPath = values['factor-values'];
    const assessmentPath = values.assessments;
    if (!factorPath && !assessmentPath)
      throw new UsageError('give --factor-values FILE, --assessments FILE or both');
    const factorTable = factorPath ? await readUpload(factorPath) : null;
    const assessmentTable = assessmentPath ? await readUpload(assessmentPath) : null;
    return withRuntime(io, async ({ services }) => {
      const benchmark = benchmarkOf(services);
      if (factorPath && factorTable) {
        try {
          const { imported } = await benchmark.importFactorValues(SYSTEM, slug, number, factorTable);
          io.stdout(`imported ${imported} factor values into edition ${number}\n`);
        } catch (err) {
          if (reportRows(io, factorPath, err)) return 2;
          throw err;
        }
      }
      if (assessmentPath && assessmentTable) {
        try {
          const { imported } = await benchmark.importAssessments(SYSTEM, slug, number, assessmentTable);
          io.stdout(`imported ${imported} assessments into edition ${number}\n`);
        } catch (err) {
          if (reportRows(io, assessmentPath, err)) return 2;
          throw err;
        }
      }
      return 0;
    });
  },
};

export default command;
