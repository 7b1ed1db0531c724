/** Builders of benchmark import files from an edition's model input (shared by benchmark tests). */
import type { EditionModelInput } from '../../src/services/contract.ts';

/** city,factor,value for every non-missing value (factor codes in framework order). */
export function factorValuesCsv(input: EditionModelInput, factorCodes: string[]): string {
  const lines = ['city,factor,value'];
  input.cityIds.forEach((city, c) => {
    factorCodes.forEach((factor, f) => {
      const value = input.factors.values[c * input.factors.nFactors + f];
      if (value !== null && value !== undefined) lines.push(`${city},${factor},${value}`);
    });
  });
  return `${lines.join('\n')}\n`;
}

/** ISO date `days` before `iso`. */
function minusDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The assessments of `input` dated relative to `asOf`, without those about the cities in `drop`
 * (keeping `keep` of them, so those cities fall below the ranking threshold).
 */
export function assessmentsCsv(
  input: EditionModelInput,
  asOf: string,
  thin: { city: string; keep: number } | null = null,
): string {
  const lines = ['respondent,home_city,region,sector,city,dimension,rating,date'];
  const a = input.assessments;
  let kept = 0;
  for (let i = 0; i < a.city.length; i++) {
    const city = input.cityIds[a.city[i]!]!;
    if (thin && city === thin.city) {
      if (kept >= thin.keep) continue;
      kept++;
    }
    const home = a.respondentHome[i]!;
    const homeCode = home >= 0 ? input.cityIds[home]! : '';
    const region = home >= 0 ? input.cityRegion[home]! : 'Elsewhere';
    lines.push(
      [
        `R${a.respondent[i]}`,
        homeCode,
        `"${region}"`,
        'Technology',
        city,
        input.dimensionNames[a.dimension[i]!],
        a.rating[i],
        minusDays(asOf, a.ageDays[i]!),
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
