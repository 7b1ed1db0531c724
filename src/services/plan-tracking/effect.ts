/**
 * Link to the benchmark: plan items name the index factors they should move (`delta` in the
 * factor's unit or `percent`), and the projected effect is the engine's what-if on the
 * organisation's latest published edition, for the organisation's city.
 */
import type { Database, Executor, OrganisationRow } from '../../db/index.ts';
import {
  type BenchmarkEditionRow,
  type BenchmarkFramework,
  listBenchmarkEditions,
  loadBenchmarkFramework,
} from '../../db/repositories/benchmark-index.ts';
import {
  listItemFactors,
  type PlanItemFactorRow,
  replaceItemFactors,
} from '../../db/repositories/plan-tracking-index.ts';
import {
  type FactorChange,
  type FamParams,
  type PreparedEdition,
  prepareEdition,
  whatIf,
} from '../../engine/fam/index.ts';
import { loadEditionInput } from '../benchmark/engine-input.ts';
import type {
  EffectFactorChange,
  EffectScore,
  FactorLink,
  FactorLinkInput,
  PlanTrackingServices,
  ProjectedEffect,
} from '../contract-plan-tracking.ts';
import { ServiceError } from '../errors.ts';
import { planReadAccess, planWriteAccess } from './access.ts';
import { auditPlan } from './audit.ts';
import { finite, invalid, oneOf, text } from './validate.ts';
import { requirePlanItem } from './workspace.ts';

function toLink(row: PlanItemFactorRow): FactorLink {
  return {
    itemId: row.itemId,
    factor: row.factorCode,
    kind: row.kind as FactorLink['kind'],
    amount: row.amount,
    illustrative: row.illustrative,
    note: row.note,
  };
}

/** The latest prepared edition, keyed by edition id and build time (preparing costs seconds). */
let cached: { key: string; prepared: PreparedEdition } | null = null;

async function preparedEdition(
  ex: Executor,
  framework: BenchmarkFramework,
  edition: BenchmarkEditionRow,
): Promise<PreparedEdition> {
  const key = `${edition.id}@${edition.builtAt?.toISOString() ?? ''}`;
  if (cached?.key === key) return cached.prepared;
  const input = await loadEditionInput(ex, framework, edition);
  const result = prepareEdition(input, { ...(edition.params as Partial<FamParams>), bootstrapReplicates: 0 });
  if (!result.ok)
    throw new ServiceError('conflict', 'the benchmark edition cannot be modelled: rebuild it first');
  cached = { key, prepared: result.value };
  return result.value;
}

/** The framework city of the organisation: English name or code equal to its `city`, any case. */
export function cityIndexOf(framework: BenchmarkFramework, org: OrganisationRow): number {
  const wanted = org.city.trim().toLowerCase();
  return framework.cities.findIndex(
    (c) => c.nameEn.toLowerCase() === wanted || c.code.toLowerCase() === wanted,
  );
}

/** New raw value of a factor after every link on it (deltas add up; percents compound on the current value). */
export function applyLinks(current: number, links: readonly { kind: string; amount: number }[]): number {
  let value = current;
  for (const l of links) value = l.kind === 'percent' ? value * (1 + l.amount / 100) : value + l.amount;
  return value;
}

export async function projectedEffectOf(
  ex: Executor,
  org: OrganisationRow,
  planId: string,
  itemId: string | null,
  links: readonly PlanItemFactorRow[],
): Promise<ProjectedEffect> {
  const framework = await loadBenchmarkFramework(ex, org.id);
  const edition = (await listBenchmarkEditions(ex, org.id)).find(
    (e) => e.status === 'published' && e.builtAt !== null,
  );
  if (!edition) throw new ServiceError('not_found', 'the organisation has no published benchmark edition');
  const city = cityIndexOf(framework, org);
  const cityRow = framework.cities[city];
  if (!cityRow) throw new ServiceError('not_found', `city ${org.city} is not in the benchmark framework`);
  const prepared = await preparedEdition(ex, framework, edition);
  const nFactors = prepared.input.factors.nFactors;
  const factorIndex = new Map(framework.factors.map((f, i) => [f.code, i]));
  const areaCode = new Map(framework.areas.map((a) => [a.id, a.code]));

  const byFactor = new Map<string, PlanItemFactorRow[]>();
  const unknown = new Set<string>();
  for (const link of links) {
    if (!factorIndex.has(link.factorCode)) {
      unknown.add(link.factorCode);
      continue;
    }
    byFactor.set(link.factorCode, [...(byFactor.get(link.factorCode) ?? []), link]);
  }
  const changes: FactorChange[] = [];
  const changeViews: EffectFactorChange[] = [];
  for (const [code, list] of [...byFactor].sort(([a], [b]) => a.localeCompare(b))) {
    const f = factorIndex.get(code) ?? 0;
    const at = city * nFactors + f;
    const missing = prepared.input.factors.missing[at] === 1;
    const current = missing ? null : (prepared.input.factors.values[at] ?? null);
    const projected = current === null ? null : applyLinks(current, list);
    if (projected !== null) changes.push({ factor: f, value: projected });
    const factor = framework.factors[f];
    changeViews.push({
      factor: code,
      name: { en: factor?.nameEn ?? code, ko: factor?.nameKo ?? code },
      area: factor ? (areaCode.get(factor.areaId) ?? '') : '',
      unit: factor?.unit ?? '',
      current,
      projected,
      itemIds: [...new Set(list.map((l) => l.itemId))].sort(),
    });
  }
  const result = whatIf(prepared, city, changes);
  if (!result.ok) throw new ServiceError('conflict', result.errors.map((e) => e.message).join('; '));
  const r = result.value;
  const scores = prepared.overall.scores;
  const score = (rating: number, s: number, rank: number): EffectScore => ({
    rating,
    score: s,
    rank: rank > 0 ? rank : null,
  });
  return {
    planId,
    itemId,
    edition: {
      number: edition.number,
      label: edition.label,
      synthetic: edition.synthetic,
      provenance: edition.provenance,
    },
    city: { code: cityRow.code, name: { en: cityRow.nameEn, ko: cityRow.nameKo } },
    changes: changeViews,
    unknownFactors: [...unknown].sort(),
    before: score(scores.rating[city] ?? Number.NaN, r.previousScore, r.previousRank),
    after: score(r.rating, r.score, r.rank),
    areas: prepared.areas.map((model, a) => {
      const area = r.areas[a];
      return {
        area: prepared.input.areaNames[a] ?? '',
        before: score(
          model.scores.rating[city] ?? Number.NaN,
          area?.previousScore ?? Number.NaN,
          area?.previousRank ?? 0,
        ),
        after: score(area?.rating ?? Number.NaN, area?.score ?? Number.NaN, area?.rank ?? 0),
      };
    }),
    illustrative: edition.synthetic || links.some((l) => l.illustrative),
  };
}

type FactorMethods = Pick<
  PlanTrackingServices,
  'itemFactors' | 'saveItemFactors' | 'planFactors' | 'projectedEffect'
>;

export function factorMethods({ db }: Database): FactorMethods {
  return {
    async itemFactors(caller, slug, planId, itemId) {
      const { plan } = await planReadAccess(db, caller, slug, planId);
      await requirePlanItem(db, plan.id, itemId);
      return (await listItemFactors(db, plan.id, itemId)).map(toLink);
    },

    async saveItemFactors(caller, slug, planId, itemId, input) {
      const access = await planWriteAccess(db, caller, slug, planId);
      if (input.length > 200) throw invalid('links', 'at most 200 links per item');
      return db.transaction(async (tx) => {
        await requirePlanItem(tx, access.plan.id, itemId);
        const codes = new Set((await loadBenchmarkFramework(tx, access.org.id)).factors.map((f) => f.code));
        const seen = new Set<string>();
        const rows = input.map((link: FactorLinkInput, i) => {
          if (!codes.has(link.factor))
            throw invalid(`links[${i}].factor`, `unknown benchmark factor '${link.factor}'`);
          if (seen.has(link.factor)) throw invalid(`links[${i}].factor`, `'${link.factor}' appears twice`);
          seen.add(link.factor);
          const amount = finite(link.amount, `links[${i}].amount`);
          const kind = oneOf(link.kind, ['delta', 'percent'] as const, `links[${i}].kind`);
          if (kind === 'percent' && amount <= -100)
            throw invalid(`links[${i}].amount`, 'a percent change must be above -100');
          return {
            factorCode: link.factor,
            kind,
            amount,
            illustrative: link.illustrative ?? false,
            note: text(link.note, `links[${i}].note`, 1000),
          };
        });
        const before = (await listItemFactors(tx, access.plan.id, itemId)).map(toLink);
        await replaceItemFactors(tx, access.plan.id, itemId, rows);
        const after = (await listItemFactors(tx, access.plan.id, itemId)).map(toLink);
        await auditPlan(
          tx,
          access,
          'plan.item-factors.replace',
          'plan_item_factors',
          itemId,
          { links: after },
          { links: before },
        );
        return after;
      });
    },

    async planFactors(caller, slug, planId) {
      const { plan } = await planReadAccess(db, caller, slug, planId);
      return (await listItemFactors(db, plan.id)).map(toLink);
    },

    async projectedEffect(caller, slug, planId, itemId) {
      const { org, plan } = await planReadAccess(db, caller, slug, planId);
      if (itemId !== null) await requirePlanItem(db, plan.id, itemId);
      const links = await listItemFactors(db, plan.id, itemId ?? undefined);
      return projectedEffectOf(db, org, plan.id, itemId, links);
    },
  };
}
