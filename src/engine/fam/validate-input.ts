/** Shape and range checks on an edition's input, all reported at once. */
import { type EngineIssue, issue } from '../core/result.ts';
import type { EditionInput, FamParams } from './types.ts';

export function validateEditionInput(input: EditionInput, params: FamParams): EngineIssue[] {
  const errors: EngineIssue[] = [];
  const nCities = input.cityIds.length;
  const { factors, assessments: a } = input;
  const nCells = nCities * factors.nFactors;
  if (input.cityRegion.length !== nCities) {
    errors.push(
      issue('fam-shape', `cityRegion has ${input.cityRegion.length} entries for ${nCities} cities`),
    );
  }
  if (factors.values.length !== nCells || factors.missing.length !== nCells) {
    errors.push(issue('fam-shape', `factor values/missing must hold ${nCities} x ${factors.nFactors} cells`));
  }
  if (factors.polarity.length !== factors.nFactors || factors.area.length !== factors.nFactors) {
    errors.push(issue('fam-shape', 'polarity and area need one entry per factor'));
  }
  for (let f = 0; f < factors.nFactors; f++) {
    const p = factors.polarity[f];
    if (p !== 1 && p !== -1) errors.push(issue('fam-polarity', `factor ${f}: polarity must be 1 or -1`));
    const area = factors.area[f]!;
    if (!(area >= 0 && area < input.areaNames.length)) {
      errors.push(issue('fam-area', `factor ${f}: area ${area} is not in areaNames`));
    }
  }
  const n = a.respondent.length;
  const columns = [a.respondentHome, a.city, a.dimension, a.rating, a.ageDays];
  if (columns.some((column) => column.length !== n)) {
    errors.push(issue('fam-shape', 'assessment columns must all have the same length'));
    return errors;
  }
  const bad = (row: number, message: string) => {
    if (errors.length < 50) errors.push(issue('fam-assessment', message, { row: row + 1 }));
  };
  for (let i = 0; i < n; i++) {
    const r = a.respondent[i]!;
    const home = a.respondentHome[i]!;
    const rating = a.rating[i]!;
    if (!(r >= 0 && r < input.nRespondents)) bad(i, `respondent ${r} is out of range`);
    if (!(home >= -1 && home < nCities)) bad(i, `home city ${home} is out of range`);
    if (!(a.city[i]! >= 0 && a.city[i]! < nCities)) bad(i, `city ${a.city[i]} is out of range`);
    if (!(a.dimension[i]! >= 0 && a.dimension[i]! < input.dimensionNames.length)) {
      bad(i, `dimension ${a.dimension[i]} is out of range`);
    }
    if (!(rating >= params.ratingMin && rating <= params.ratingMax)) {
      bad(i, `rating ${rating} is outside ${params.ratingMin}..${params.ratingMax}`);
    }
    if (!(a.ageDays[i]! >= 0)) bad(i, `age ${a.ageDays[i]} days must be >= 0`);
  }
  return errors;
}
