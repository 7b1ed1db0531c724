/** The built-in SurveyJS templates: valid, fully bilingual, and built from the framework and seed data. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_SECTORS } from '../../data/demo/generate.ts';
import { INNOVATION_CAPACITY_QUESTIONNAIRE } from '../../data/surveys/innovation-capacity/questionnaire.ts';
import { DEMO_DIMENSION_CODES } from '../../src/services/benchmark/demo-framework.ts';
import { parseCsvRecords } from '../../src/services/csv.ts';
import {
  compileDefinition,
  unlocalisedStrings,
  validateDefinition,
} from '../../src/services/surveys/definition.ts';
import { findTemplate, listTemplates } from '../../src/services/surveys/templates.ts';

type Json = Record<string, unknown>;
const template = (code: string): Json => {
  const found = findTemplate(code);
  if (!found) throw new Error(`no template ${code}`);
  return found.definition;
};
const pages = (def: Json) => def.pages as Array<{ name: string; elements: Json[] }>;
const element = (def: Json, name: string): Json => {
  const found = pages(def)
    .flatMap((p) => p.elements)
    .find((e) => e.name === name);
  if (!found) throw new Error(`no element ${name}`);
  return found;
};

describe('built-in survey templates', () => {
  const codes = listTemplates().map((t) => t.code);

  it('are four valid SurveyJS definitions with every string in English and Korean', () => {
    expect(codes).toEqual([
      'expert-assessment',
      'innovation-capacity',
      'citizen-master-plan',
      'public-servant-master-plan',
    ]);
    for (const code of codes) {
      const def = template(code);
      expect(validateDefinition(def), code).toEqual({});
      expect(unlocalisedStrings(def), code).toEqual([]);
      expect(compileDefinition(def).compiled.questions.length, code).toBeGreaterThan(5);
    }
  });

  it('expert assessment: profile, then 1-10 ratings of known cities on the survey dimensions', () => {
    const def = template('expert-assessment');
    expect(pages(def).map((p) => p.name)).toEqual(['profile', 'known', 'ratings']);
    expect(pages(def)[0]?.elements.map((e) => e.name)).toEqual(['sector', 'home_city', 'region', 'role']);
    expect((element(def, 'sector').choices as Json[]).map((c) => c.value)).toEqual([...DEMO_SECTORS]);

    const cities = parseCsvRecords(
      readFileSync(new URL('../../data/cities/sci-demo-cities.csv', import.meta.url), 'utf8'),
    );
    const ratings = element(def, 'ratings');
    expect(ratings).toMatchObject({
      type: 'matrixdropdown',
      rowsVisibleIf: '{known_cities} contains {item}',
    });
    expect(ratings.rows).toEqual(
      cities.map((c) => ({ value: c.code, text: { default: c.name_en, ko: c.name_ko } })),
    );
    expect((element(def, 'known_cities').choices as Json[]).map((c) => c.value)).toEqual(
      cities.map((c) => c.code),
    );
    expect(ratings.columns).toEqual(
      Object.entries(DEMO_DIMENSION_CODES).map(([en, d]) => ({
        name: d.code,
        title: { default: en, ko: d.nameKo },
        cellType: 'rating',
        rateMin: 1,
        rateMax: 10,
      })),
    );
    const regions = [...new Set(cities.map((c) => c.region))].sort();
    expect((element(def, 'region').choices as Json[]).map((c) => c.value)).toEqual(regions);
  });

  it('innovation capacity: the five parts, with the profile questionnaire questions under the same names', () => {
    const def = template('innovation-capacity');
    expect(pages(def).map((p) => p.name)).toEqual([
      'definition_goals',
      'organisation_staffing',
      'funding',
      'data_use',
      'outcomes',
    ]);
    for (const page of INNOVATION_CAPACITY_QUESTIONNAIRE.pages)
      for (const q of page.elements) {
        const ours = element(def, q.name);
        expect(ours.type, q.name).toBe(q.type);
        if ('choices' in q) expect(ours.choices, q.name).toEqual(q.choices);
      }
    // Seed 002's critical success factors and funded activities, word for word.
    const factors = (element(def, 'success_factors').choices as Array<{ text: { default: string } }>).map(
      (c) => c.text.default,
    );
    expect(factors).toEqual([
      'Dedicated funding',
      'Focus on measurement',
      'Dedicated innovation team',
      'Culture of innovation in city',
      'Support from outside city administration',
      'Leadership from City Manager',
      'Human resource support',
    ]);
  });

  it('master plan surveys cite the plan of seed 004', () => {
    for (const code of ['citizen-master-plan', 'public-servant-master-plan']) {
      const title = template(code).title as { default: string; ko: string };
      expect(title.default).toContain('6th Basic Informatization Plan of Busan (2026–2030)');
      expect(title.ko).toContain('제6차 정보화 기본계획(2026~2030)');
    }
    expect(JSON.stringify(template('public-servant-master-plan'))).toContain(
      '5th Basic Informatization Plan (2019–2025)',
    );
  });
});
