/**
 * Groups identical training rows. Rows with equal features have equal kernel rows, so the
 * solver computes and caches one kernel row per distinct row and reads it for all copies. This
 * changes nothing in the arithmetic (each value is computed exactly as for the first copy) and
 * matters in practice: assessment-level training sets repeat a city's factor values once per
 * respondent who rated that city.
 */

export interface DistinctRows {
  /** For each training row, the number of its group (0-based, in order of first appearance). */
  groupOfRow: Int32Array;
  /** For each group, its first training row. */
  firstRow: Int32Array;
}

export function groupIdenticalRows(features: Float64Array, nRows: number, nFeatures: number): DistinctRows {
  const groupOfRow = new Int32Array(nRows);
  const firstRows: number[] = [];
  const byHash = new Map<number, number[]>();
  const bits = new Uint32Array(features.buffer, features.byteOffset, features.length * 2);
  for (let i = 0; i < nRows; i++) {
    const hash = hashRow(bits, features, i, nFeatures);
    let candidates = byHash.get(hash);
    if (candidates === undefined) {
      candidates = [];
      byHash.set(hash, candidates);
    }
    let group = -1;
    for (const g of candidates) {
      if (sameRow(features, firstRows[g]!, i, nFeatures)) {
        group = g;
        break;
      }
    }
    if (group === -1) {
      group = firstRows.length;
      firstRows.push(i);
      candidates.push(group);
    }
    groupOfRow[i] = group;
  }
  return { groupOfRow, firstRow: Int32Array.from(firstRows) };
}

/** FNV-style hash of a row's bit patterns (-0 counts as 0 so that === equality implies equal hashes). */
function hashRow(bits: Uint32Array, features: Float64Array, row: number, nFeatures: number): number {
  let h = 0x811c9dc5;
  for (let f = 0; f < nFeatures; f++) {
    const k = row * nFeatures + f;
    if (features[k] === 0) {
      h = Math.imul(h, 0x01000193);
      continue;
    }
    h = Math.imul(h ^ bits[2 * k]!, 0x01000193);
    h = Math.imul(h ^ bits[2 * k + 1]!, 0x01000193);
  }
  return h;
}

function sameRow(features: Float64Array, a: number, b: number, nFeatures: number): boolean {
  const offsetA = a * nFeatures;
  const offsetB = b * nFeatures;
  for (let f = 0; f < nFeatures; f++) if (features[offsetA + f] !== features[offsetB + f]) return false;
  return true;
}
