/**
 * The overall rating is the plain mean of a city's dimension ratings that exist (Z/Yen does not
 * publish how the three SCI dimensions combine: equal weights are CityBench's assumption).
 * Dimension ratings are the weighted column means of the respondent table (respondent-models.ts).
 */
/** Mean of each city's present dimension ratings; NaN when it has none. */
export function overallRatings(
  byDimension: Float64Array,
  nCities: number,
  nDimensions: number,
): Float64Array {
  const out = new Float64Array(nCities);
  for (let c = 0; c < nCities; c++) {
    let sum = 0;
    let n = 0;
    for (let d = 0; d < nDimensions; d++) {
      const v = byDimension[c * nDimensions + d]!;
      if (Number.isNaN(v)) continue;
      sum += v;
      n++;
    }
    out[c] = n > 0 ? sum / n : Number.NaN;
  }
  return out;
}
