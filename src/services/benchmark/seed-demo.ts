/**
 * The SYNTHETIC demo benchmark for the demo organisation: the framework (6 areas, 3 survey
 * dimensions, 135 illustrative factors), the 76 cities of data/cities/sci-demo-cities.csv and the
 * four demo editions SCI 8-11 (data/demo), each built with the engine and stored as published.
 * Idempotent: does nothing when the organisation already has a framework.
 */
import { readFileSync } from 'node:fs';
import { type DemoData, demoEditions } from '../../../data/demo/index.ts';
import type { Executor, OrganisationRow } from '../../db/index.ts';
import {
  type BenchmarkFramework,
  insertAssessments,
  insertBenchmarkAreas,
  insertBenchmarkCities,
  insertBenchmarkDimensions,
  insertBenchmarkEdition,
  insertBenchmarkFactors,
  insertFactorValues,
  insertRespondents,
  loadBenchmarkFramework,
} from '../../db/repositories/benchmark-index.ts';
import { DEFAULT_FAM_PARAMS } from '../../engine/fam/index.ts';
import { writeAudit } from '../audit-log.ts';
import { parseCsvRecords } from '../csv.ts';
import { DEMO_AREA_CODES, DEMO_DIMENSION_CODES, DEMO_FRAMEWORK_VERSION } from './demo-framework.ts';
import { buildAndStore } from './store-results.ts';

const CITIES_CSV = new URL('../../../data/cities/sci-demo-cities.csv', import.meta.url);

function optionalNumber(text: string | undefined): number | null {
  const value = Number(text);
  return text === undefined || text === '' || !Number.isFinite(value) ? null : value;
}

async function insertFramework(
  tx: Executor,
  org: OrganisationRow,
  demo: DemoData,
): Promise<BenchmarkFramework> {
  const areaNames = [...new Set(demo.factors.map((f) => f.area))];
  const areas = await insertBenchmarkAreas(
    tx,
    areaNames.map((nameEn, position) => {
      const meta = DEMO_AREA_CODES[nameEn];
      if (!meta) throw new Error(`no code for demo area ${nameEn}`);
      return { orgId: org.id, code: meta.code, nameEn, nameKo: meta.nameKo, position };
    }),
  );
  await insertBenchmarkDimensions(
    tx,
    demo.dimensions.map((nameEn, position) => {
      const meta = DEMO_DIMENSION_CODES[nameEn];
      if (!meta) throw new Error(`no code for demo dimension ${nameEn}`);
      return { orgId: org.id, code: meta.code, nameEn, nameKo: meta.nameKo, position };
    }),
  );
  const areaId = new Map(areas.map((a) => [a.nameEn, a.id]));
  await insertBenchmarkFactors(
    tx,
    demo.factors.map((f, position) => ({
      orgId: org.id,
      code: f.code,
      nameEn: f.nameEn,
      nameKo: f.nameKo,
      areaId: areaId.get(f.area) ?? -1,
      source: f.source,
      unit: f.unit,
      unitKo: f.unitKo,
      polarity: f.polarity,
      dataYear: f.dataYear,
      level: f.level,
      synthetic: f.synthetic,
      position,
    })),
  );
  const csv = new Map(
    parseCsvRecords(readFileSync(CITIES_CSV, 'utf8'), 'sci-demo-cities.csv').map((r) => [r.code, r]),
  );
  await insertBenchmarkCities(
    tx,
    demo.cities.map((c, position) => {
      const line = csv.get(c.code);
      return {
        orgId: org.id,
        code: c.code,
        nameEn: c.nameEn,
        nameKo: c.nameKo,
        country: c.country,
        countryKo: line?.country_ko ?? c.country,
        region: c.region,
        lat: optionalNumber(line?.lat),
        lon: optionalNumber(line?.lon),
        position,
      };
    }),
  );
  return loadBenchmarkFramework(tx, org.id);
}

async function insertEditionData(
  tx: Executor,
  framework: BenchmarkFramework,
  demo: DemoData,
  e: number,
  editionId: string,
): Promise<void> {
  const edition = demo.editions[e];
  if (!edition) throw new Error(`no demo edition ${e}`);
  const { cities, factors, dimensions } = framework;
  const nFactors = factors.length;
  const values = [];
  for (let c = 0; c < cities.length; c++) {
    for (let f = 0; f < nFactors; f++) {
      const value = edition.factorValues[c * nFactors + f]!;
      if (!Number.isNaN(value)) values.push({ cityId: cities[c]!.id, factorId: factors[f]!.id, value });
    }
  }
  await insertFactorValues(tx, editionId, values);
  const respondentIds = await insertRespondents(
    tx,
    editionId,
    edition.respondents.map((r) => ({
      externalId: r.id,
      homeCityId: r.homeCity >= 0 ? (cities[r.homeCity]?.id ?? null) : null,
      region: r.region,
      sector: r.sector,
    })),
  );
  const a = edition.assessments;
  await insertAssessments(
    tx,
    editionId,
    Array.from(a.respondent, (r, i) => ({
      respondentId: respondentIds[r]!,
      cityId: cities[a.city[i]!]!.id,
      dimensionId: dimensions[a.dimension[i]!]!.id,
      rating: a.rating[i]!,
      assessedOn: a.date[i]!,
    })),
  );
}

/** Returns true when it stored the demo benchmark now. */
export async function seedBenchmarkDemo(
  tx: Executor,
  org: OrganisationRow,
  onProgress: (message: string) => void = () => {},
): Promise<boolean> {
  if ((await loadBenchmarkFramework(tx, org.id)).areas.length > 0) return false;
  const started = Date.now();
  onProgress('storing the synthetic demo benchmark (4 editions, 76 cities)');
  const demo = demoEditions();
  const framework = await insertFramework(tx, org, demo);
  for (const [e, spec] of demo.editions.entries()) {
    const number = Number(spec.edition.replace(/\D+/g, ''));
    const edition = await insertBenchmarkEdition(tx, {
      orgId: org.id,
      number,
      label: spec.edition,
      publishedOn: spec.date,
      frameworkVersion: DEMO_FRAMEWORK_VERSION,
      status: 'published',
      synthetic: true,
      provenance: `${spec.provenance} Edition date: ${spec.dateNote}.`,
      params: DEFAULT_FAM_PARAMS,
    });
    await insertEditionData(tx, framework, demo, e, edition.id);
    onProgress(`building demo edition ${spec.edition} (${e + 1} of ${demo.editions.length})`);
    const built = await buildAndStore(tx, framework, edition);
    await writeAudit(tx, {
      orgId: org.id,
      actor: null,
      action: 'benchmark.edition.seed',
      entity: 'benchmark_edition',
      entityId: built.id,
      before: null,
      after: { number: built.number, label: built.label, status: built.status, synthetic: true },
    });
  }
  onProgress(`demo benchmark ready (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return true;
}
