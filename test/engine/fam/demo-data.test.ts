import { describe, expect, it } from 'vitest';
import {
  DEMO_AREAS,
  DEMO_FACTORS,
  demoEditionInput,
  generateDemoEditions,
  loadDemoCities,
} from '../../../data/demo/index.ts';
import { buildEdition } from '../../../src/engine/fam/index.ts';

const cities = loadDemoCities();
// A tenth of the respondents keeps the test quick; sizes scale linearly.
const small = { respondentsPerEdition: 200 };

describe('synthetic demo data', () => {
  const data = generateDemoEditions(42, cities, small);

  it('labels every edition synthetic with a provenance string', () => {
    expect(data.synthetic).toBe(true);
    expect(data.provenance).toMatch(/^SYNTHETIC/);
    for (const edition of data.editions) {
      expect(edition.synthetic).toBe(true);
      expect(edition.provenance).toMatch(/SYNTHETIC/);
    }
    expect(DEMO_FACTORS.every((f) => f.synthetic && f.source === 'illustrative')).toBe(true);
  });

  it('has 135 factors over the six areas, 76 cities and four biannual editions', () => {
    expect(DEMO_FACTORS).toHaveLength(135);
    expect(new Set(DEMO_FACTORS.map((f) => f.code)).size).toBe(135);
    for (const area of DEMO_AREAS) expect(DEMO_FACTORS.some((f) => f.area === area)).toBe(true);
    expect(cities).toHaveLength(76);
    expect(data.editions.map((e) => e.edition)).toEqual(['SCI 8', 'SCI 9', 'SCI 10', 'SCI 11']);
    const first = data.editions[0]!;
    expect(first.factorValues).toHaveLength(76 * 135);
    expect(first.respondents).toHaveLength(200);
  });

  it('gives every factor its unit in Korean as well as English', () => {
    for (const factor of DEMO_FACTORS) {
      expect(factor.unitKo, factor.code).toMatch(/\S/);
      // A unit's value range (e.g. "score 0-100") survives translation unchanged.
      const range = /-?\d+(?:\.\d+)?-(-?\d+(?:\.\d+)?)/;
      expect(range.exec(factor.unitKo)?.[0], factor.code).toBe(range.exec(factor.unit)?.[0]);
    }
    expect(DEMO_FACTORS.find((f) => f.unit === 'days')?.unitKo).toBe('일');
  });

  it('draws about 15 assessments per respondent, ratings 1..10, dates before the edition', () => {
    for (const edition of data.editions) {
      const a = edition.assessments;
      expect(a.respondent.length / edition.respondents.length).toBeGreaterThan(11);
      expect(a.respondent.length / edition.respondents.length).toBeLessThan(19);
      expect(a.rating.every((v) => v >= 1 && v <= 10)).toBe(true);
      expect(a.date.every((d) => d <= edition.date)).toBe(true);
    }
  });

  it('is reproducible from its seed and differs across seeds', () => {
    const again = generateDemoEditions(42, cities, small);
    const other = generateDemoEditions(43, cities, small);
    expect([...again.editions[3]!.assessments.rating]).toEqual([...data.editions[3]!.assessments.rating]);
    expect([...other.editions[3]!.assessments.rating]).not.toEqual([...data.editions[3]!.assessments.rating]);
  });

  it('drifts factor values between editions', () => {
    const [a, b] = [data.editions[0]!.factorValues, data.editions[1]!.factorValues];
    let changed = 0;
    for (let k = 0; k < a.length; k++)
      if (!Number.isNaN(a[k]!) && !Number.isNaN(b[k]!) && a[k] !== b[k]) changed++;
    expect(changed).toBeGreaterThan(a.length / 2);
  });

  it('feeds the factor assessment model', () => {
    const result = buildEdition(demoEditionInput(data, 3), { bootstrapReplicates: 0, areaSubIndices: false });
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
    expect(result.value.overall.rank.filter((r) => r > 0).length).toBeGreaterThan(30);
  });
});
