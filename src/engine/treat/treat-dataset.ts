import { createMatrix, type Matrix } from '../core/matrix.ts';
import { type EngineIssue, issue } from '../core/result.ts';
import { type TreatDetails, type TreatOptions, treatColumn } from './treat.ts';

export interface TreatedDataset {
  treated: Matrix;
  /** Per indicator; null where the indicator was left untreated. */
  details: (TreatDetails | null)[];
  /** One `treat-still-failing` issue per indicator that fails check_SkewKurt after treatment. */
  warnings: EngineIssue[];
}

/** COINr Treat over a data set: each column with its own options (null = no treatment). */
export function treatDataset(
  data: Matrix,
  options: (TreatOptions | null)[],
  codes: string[],
): TreatedDataset {
  const n = data.nRows;
  const treated = createMatrix(n, data.nCols);
  const details: (TreatDetails | null)[] = [];
  const warnings: EngineIssue[] = [];
  for (let j = 0; j < data.nCols; j++) {
    const src = data.values.subarray(j * n, (j + 1) * n);
    const dst = treated.values.subarray(j * n, (j + 1) * n);
    const o = options[j];
    if (!o) {
      dst.set(src);
      details.push(null);
      continue;
    }
    const d = treatColumn(src, dst, o);
    details.push(d);
    if (!d.passedAfter) {
      const message = `'${codes[j]}' still has |skew| ≥ ${o.skewThresh} and kurtosis ≥ ${o.kurtThresh} after treatment`;
      warnings.push(issue('treat-still-failing', message, { column: codes[j]! }));
    }
  }
  return { treated, details, warnings };
}
