/** Turns one SYNTHETIC demo edition into the factor assessment model's input. */
import type { EditionInput } from '../../src/engine/fam/index.ts';
import { DEMO_AREAS } from './factor-catalogue.ts';
import type { DemoData } from './generate.ts';

export function demoEditionInput(data: DemoData, editionIndex: number): EditionInput {
  const edition = data.editions[editionIndex];
  if (!edition) throw new Error(`no demo edition ${editionIndex}`);
  const a = edition.assessments;
  const n = a.respondent.length;
  const values = edition.factorValues;
  return {
    cityIds: data.cities.map((c) => c.code),
    cityRegion: data.cities.map((c) => c.region),
    areaNames: [...DEMO_AREAS],
    dimensionNames: data.dimensions,
    nRespondents: edition.respondents.length,
    factors: {
      nFactors: data.factors.length,
      values: values.map((v) => (Number.isNaN(v) ? 0 : v)),
      missing: Uint8Array.from(values, (v) => (Number.isNaN(v) ? 1 : 0)),
      polarity: Int8Array.from(data.factors, (f) => f.polarity),
      area: Int32Array.from(data.factors, (f) => DEMO_AREAS.indexOf(f.area)),
    },
    assessments: {
      respondent: a.respondent,
      respondentHome: Int32Array.from(
        { length: n },
        (_, i) => edition.respondents[a.respondent[i]!]!.homeCity,
      ),
      city: a.city,
      dimension: a.dimension,
      rating: Float64Array.from(a.rating),
      ageDays: Float64Array.from(a.ageDays),
    },
  };
}
