/** Services['benchmark'] over one database: see docs/api-contract-benchmark.md. */
import type { Database, Executor, OrganisationRow } from '../../db/index.ts';
import {
  type BenchmarkEditionRow,
  deleteEditionFactorValues,
  deleteEditionSurvey,
  insertAssessments,
  insertBenchmarkEdition,
  insertFactorValues,
  insertRespondents,
  loadBenchmarkFramework,
  lockBenchmarkEdition,
  updateBenchmarkEdition,
} from '../../db/repositories/benchmark-index.ts';
import { DEFAULT_FAM_PARAMS } from '../../engine/fam/index.ts';
import { writeAudit } from '../audit-log.ts';
import type { Actor, BenchmarkServices, EditionModelInput } from '../contract.ts';
import { ServiceError } from '../errors.ts';
import { readAccess, writeAccess } from './access.ts';
import { cityProfile } from './city-profile.ts';
import { compareEditions } from './compare.ts';
import { requireEditionInput } from './edition-input.ts';
import {
  editionDetail,
  editionSummaries,
  editionSummary,
  findVisible,
  loadResultContext,
  visibleEditions,
} from './editions-read.ts';
import { loadEditionInput } from './engine-input.ts';
import { exportResults } from './export-results.ts';
import { buildAndStore, computeResults } from './store-results.ts';
import { readUploadedTable } from './upload-table.ts';
import { ASSESSMENT_COLUMNS, validateAssessments } from './validate-assessments.ts';
import { FACTOR_VALUE_COLUMNS, validateFactorValues } from './validate-factor-values.ts';
import { toAreaView, toCityView, toFactorView } from './views.ts';

const ADMIN_ONLY = ['admin'] as const;

/** A draft edition of the organisation, locked for the rest of the transaction; published is a conflict. */
async function lockDraft(tx: Executor, org: OrganisationRow, number: number): Promise<BenchmarkEditionRow> {
  const edition = await lockBenchmarkEdition(tx, org.id, number);
  if (!edition) throw new ServiceError('not_found', `edition ${number} not found`);
  if (edition.status === 'published')
    throw new ServiceError('conflict', `edition ${number} is published and can no longer change`);
  return edition;
}

function audit(
  tx: Executor,
  org: OrganisationRow,
  actor: Actor | null,
  action: string,
  edition: BenchmarkEditionRow,
  after: unknown,
  before: unknown = null,
) {
  return writeAudit(tx, {
    orgId: org.id,
    actor,
    action,
    entity: 'benchmark_edition',
    entityId: edition.id,
    before,
    after,
  });
}

export function createBenchmarkService(database: Database): BenchmarkServices {
  const { db } = database;

  const readContext = async (caller: Parameters<BenchmarkServices['edition']>[0], slug: string) => {
    const { org, seesDrafts } = await readAccess(db, caller, slug);
    const framework = await loadBenchmarkFramework(db, org.id);
    const editions = await visibleEditions(db, org, seesDrafts);
    return { org, framework, editions };
  };

  return {
    async framework(caller, slug) {
      const { org } = await readAccess(db, caller, slug);
      const framework = await loadBenchmarkFramework(db, org.id);
      const editions = await visibleEditions(db, org, false);
      const areaCode = new Map(framework.areas.map((a) => [a.id, a.code]));
      const synthetic = framework.factors.length > 0 && framework.factors.every((f) => f.synthetic);
      return {
        areas: framework.areas.map(toAreaView),
        dimensions: framework.dimensions.map(toAreaView),
        factors: framework.factors.map((f) => toFactorView(f, areaCode.get(f.areaId) ?? '')),
        synthetic,
        provenance:
          editions.find((e) => e.synthetic)?.provenance ??
          (synthetic ? 'SYNTHETIC: illustrative factor catalogue' : `framework of ${org.name}`),
      };
    },

    async cities(caller, slug) {
      const { org } = await readAccess(db, caller, slug);
      return (await loadBenchmarkFramework(db, org.id)).cities.map(toCityView);
    },

    async editions(caller, slug) {
      const { org, seesDrafts } = await readAccess(db, caller, slug);
      return editionSummaries(db, org, await visibleEditions(db, org, seesDrafts));
    },

    async edition(caller, slug, number) {
      const { org, framework, editions } = await readContext(caller, slug);
      const edition = findVisible(editions, number);
      return editionDetail(db, org, await loadResultContext(db, framework, editions), edition);
    },

    async modelInput(caller, slug, number) {
      const { framework, editions } = await readContext(caller, slug);
      const edition = findVisible(editions, number);
      const input = await loadEditionInput(db, framework, edition);
      const values = Array.from(input.factors.values, (v, i) => (input.factors.missing[i] ? null : v));
      const a = input.assessments;
      const out: EditionModelInput = {
        cityIds: [...input.cityIds],
        cityRegion: [...input.cityRegion],
        areaNames: [...input.areaNames],
        dimensionNames: [...input.dimensionNames],
        nRespondents: input.nRespondents,
        factors: {
          nFactors: input.factors.nFactors,
          codes: framework.factors.map((f) => f.code),
          values,
          polarity: Array.from(input.factors.polarity),
          area: Array.from(input.factors.area),
        },
        assessments: {
          respondent: Array.from(a.respondent),
          respondentHome: Array.from(a.respondentHome),
          city: Array.from(a.city),
          dimension: Array.from(a.dimension),
          rating: Array.from(a.rating),
          ageDays: Array.from(a.ageDays),
        },
        params: edition.params as EditionModelInput['params'],
      };
      return out;
    },

    async cityProfile(caller, slug, code) {
      const { framework, editions } = await readContext(caller, slug);
      return cityProfile(db, await loadResultContext(db, framework, editions), code);
    },

    async compare(caller, slug, query) {
      const { framework, editions } = await readContext(caller, slug);
      return compareEditions(await loadResultContext(db, framework, editions), query);
    },

    async createEdition(caller, slug, input) {
      const { org, actor } = await writeAccess(db, caller, slug);
      const valid = requireEditionInput(input);
      return db.transaction(async (tx) => {
        const row = await insertBenchmarkEdition(tx, {
          orgId: org.id,
          number: valid.number,
          label: valid.label,
          publishedOn: valid.publishedOn,
          frameworkVersion: valid.frameworkVersion,
          status: 'draft',
          synthetic: false,
          provenance: `entered by ${org.name}`,
          params: DEFAULT_FAM_PARAMS,
        });
        const summary = await editionSummary(tx, org, row);
        await audit(tx, org, actor, 'benchmark.edition.create', row, summary);
        return summary;
      });
    },

    async importFactorValues(caller, slug, number, upload) {
      const { org, actor } = await writeAccess(db, caller, slug);
      const table = await readUploadedTable(upload, FACTOR_VALUE_COLUMNS);
      return db.transaction(async (tx) => {
        const edition = await lockDraft(tx, org, number);
        const rows = validateFactorValues(table, await loadBenchmarkFramework(tx, org.id));
        await deleteEditionFactorValues(tx, edition.id);
        await insertFactorValues(tx, edition.id, rows);
        await audit(tx, org, actor, 'benchmark.factor-values.import', edition, { imported: rows.length });
        return { imported: rows.length };
      });
    },

    async importAssessments(caller, slug, number, upload) {
      const { org, actor } = await writeAccess(db, caller, slug);
      const table = await readUploadedTable(upload, ASSESSMENT_COLUMNS);
      return db.transaction(async (tx) => {
        const edition = await lockDraft(tx, org, number);
        const survey = validateAssessments(
          table,
          await loadBenchmarkFramework(tx, org.id),
          edition.publishedOn,
        );
        await deleteEditionSurvey(tx, edition.id);
        const ids = await insertRespondents(tx, edition.id, survey.respondents);
        await insertAssessments(
          tx,
          edition.id,
          survey.assessments.map((a) => ({ ...a, respondentId: ids[a.respondent] ?? -1 })),
        );
        const imported = survey.assessments.length;
        await audit(tx, org, actor, 'benchmark.assessments.import', edition, {
          imported,
          respondents: survey.respondents.length,
        });
        return { imported };
      });
    },

    async build(caller, slug, number) {
      const { org, actor } = await writeAccess(db, caller, slug);
      const built = await db.transaction(async (tx) => {
        const edition = await lockDraft(tx, org, number);
        const framework = await loadBenchmarkFramework(tx, org.id);
        const after = await buildAndStore(tx, framework, edition);
        await audit(tx, org, actor, 'benchmark.edition.build', after, await editionSummary(tx, org, after));
        return after;
      });
      const framework = await loadBenchmarkFramework(db, org.id);
      const editions = await visibleEditions(db, org, true);
      return editionDetail(db, org, await loadResultContext(db, framework, editions), built);
    },

    async recompute(caller, slug, number) {
      const { org, framework, editions } = await readContext(caller, slug);
      const edition = findVisible(editions, number);
      const ctx = await loadResultContext(db, framework, editions);
      const { rows, params } = await computeResults(db, framework, edition);
      ctx.results.set(edition.id, new Map(rows.map((r) => [r.cityId, r])));
      return editionDetail(db, org, ctx, { ...edition, params });
    },

    async publish(caller, slug, number) {
      const { org, actor } = await writeAccess(db, caller, slug, ADMIN_ONLY);
      return db.transaction(async (tx) => {
        const edition = await lockDraft(tx, org, number);
        const before = await editionSummary(tx, org, edition);
        if (edition.builtAt === null || before.counts.cities === 0)
          throw new ServiceError(
            'conflict',
            `edition ${number} has no results yet: build it before publishing`,
          );
        const after = await updateBenchmarkEdition(tx, edition.id, { status: 'published' });
        const summary = await editionSummary(tx, org, after);
        await audit(tx, org, actor, 'benchmark.edition.publish', after, summary, before);
        return summary;
      });
    },

    async exportResults(caller, slug, number, format) {
      const { org, framework, editions } = await readContext(caller, slug);
      const edition = findVisible(editions, number);
      const detail = await editionDetail(db, org, await loadResultContext(db, framework, editions), edition);
      return exportResults(framework, edition, detail.results, format);
    },
  };
}
