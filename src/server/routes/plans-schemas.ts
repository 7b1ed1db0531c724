/** Zod schemas of the plans portfolio API (docs/api-contract-plans.md), mirroring contract-plans.ts. */
import { z } from '@hono/zod-openapi';
import {
  FUNDING_SOURCE_VALUES,
  HORIZON_VALUES,
  PLAN_ITEM_STATUS_VALUES,
  PLAN_KIND_VALUES,
  PLAN_STATUS_VALUES,
  type PlanItemNode,
  PROJECT_TYPE_VALUES,
} from '../../services/contract-plans.ts';

export const PlanSlugParamSchema = z.strictObject({
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/)
    .openapi({ param: { name: 'slug', in: 'path' }, example: 'busan' }),
});

const uuidParam = (name: string) =>
  z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name, in: 'path' }, example: '6c6f9d81-b511-4693-b3c1-6736576d45b8' });

export const PlanParamSchema = PlanSlugParamSchema.extend({ planId: uuidParam('planId') });
export const PlanItemParamSchema = PlanParamSchema.extend({ itemId: uuidParam('itemId') });

export const PlanExportQuerySchema = z.strictObject({
  format: z
    .enum(['csv', 'xlsx'])
    .default('csv')
    .openapi({ param: { name: 'format', in: 'query' }, example: 'csv' }),
});

export const PlanDocumentQuerySchema = z.strictObject({
  lang: z
    .enum(['ko', 'en'])
    .default('ko')
    .openapi({ param: { name: 'lang', in: 'query' }, example: 'ko' }),
});

/** Whole won as decimal digits (bigint-safe; never a JSON number). */
const Krw = z
  .string()
  .regex(/^\d{1,19}$/)
  .openapi({ description: 'Whole won as decimal digits', example: '1927000000000' });
/** A signed amount of won (the unallocated part of an envelope may be negative). */
const SignedKrw = z
  .string()
  .regex(/^-?\d{1,20}$/)
  .openapi({ description: 'Whole won as decimal digits, may be negative', example: '0' });

const Year = z.number().int().min(1900).max(2200);
const Count = z.number().int().min(0);

export const BudgetLineSchema = z
  .strictObject({ year: Year, source: z.enum(FUNDING_SOURCE_VALUES), amount: Krw })
  .openapi('PlanBudgetLine');

const Named = z.object({ en: z.string(), ko: z.string() });
export const PlanDetailsSchema = z
  .object({
    sources: z.array(z.string()).optional(),
    legalBasis: z.array(Named).optional(),
    predecessor: z
      .object({
        ordinal: z.number().int(),
        from: z.number().int(),
        to: z.number().int(),
        description: z.string(),
      })
      .optional(),
    nationalAlignment: z.array(Named).optional(),
    study: z
      .object({
        title: z.string(),
        from: z.string(),
        to: z.string(),
        months: z.number().int(),
        durationNote: z.string().optional(),
        budget: Krw,
        contractor: z
          .object({ name: z.string(), ceo: z.string().optional(), basedIn: z.string().optional() })
          .optional(),
        scope: z.array(z.string()),
        contents: z.array(z.string()).optional(),
        methods: z.array(z.string()).optional(),
      })
      .optional(),
    meetings: z
      .array(
        z.object({
          title: z.string(),
          date: z.string(),
          dateNote: z.string().optional(),
          start: z.string().optional(),
          venue: z.string().optional(),
          participants: z.string().optional(),
          agenda: z
            .array(
              z.object({
                start: z.string(),
                end: z.string(),
                minutes: z.number().int(),
                content: z.string(),
              }),
            )
            .optional(),
        }),
      )
      .optional(),
    notes: z.array(z.string()).optional(),
  })
  .openapi('PlanDetails');

export const PlanSummarySchema = z
  .object({
    id: z.string(),
    kind: z.enum(PLAN_KIND_VALUES),
    nameEn: z.string(),
    nameKo: z.string(),
    periodFrom: z.number().int().nullable(),
    periodTo: z.number().int().nullable(),
    status: z.enum(PLAN_STATUS_VALUES),
    itemCount: Count,
    stated: Krw,
    itemised: Krw,
    hasIllustrative: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('PlanSummary');

export const PlanListSchema = z.object({ items: z.array(PlanSummarySchema) }).openapi('PlanList');

export const PlanViewSchema = PlanSummarySchema.extend({
  visionEn: z.string(),
  visionKo: z.string(),
  alignment: z.array(z.string()),
  provenance: z.string(),
  details: PlanDetailsSchema,
}).openapi('PlanView');

const TypeCounts = z.object({ new: Count, upgraded: Count, expanded: Count, unspecified: Count });
const HorizonCounts = z.object({ short: Count, mid: Count, long: Count, unspecified: Count });

const itemFieldShape = {
  level: z.string(),
  nameEn: z.string(),
  nameKo: z.string(),
  koTranslated: z.boolean(),
  descriptionEn: z.string(),
  descriptionKo: z.string(),
  projectType: z.enum(PROJECT_TYPE_VALUES).nullable(),
  alignment: z.array(z.string()),
  leadDepartment: z.string(),
  partners: z.array(z.string()),
  anchorCompanies: z.array(z.string()),
  horizon: z.enum(HORIZON_VALUES).nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: z.enum(PLAN_ITEM_STATUS_VALUES),
  envelope: Krw.nullable(),
  illustrative: z.boolean(),
  note: z.string(),
  budget: z.array(BudgetLineSchema),
};

export const PlanItemViewSchema = z
  .object({
    id: z.string(),
    planId: z.string(),
    parentId: z.string().nullable(),
    code: z.string(),
    position: Count,
    depth: z.number().int().min(1),
    ...itemFieldShape,
    rollup: z.object({
      itemised: Krw,
      unallocated: SignedKrw.nullable(),
      descendantsByLevel: z.record(z.string(), Count),
      descendantsByType: TypeCounts,
    }),
  })
  .openapi('PlanItemView');

export const PlanItemNodeSchema: z.ZodType<PlanItemNode> = z
  .lazy(() => PlanItemViewSchema.extend({ children: z.array(PlanItemNodeSchema) }))
  .openapi('PlanItemNode');

const money = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, Krw])) as Record<K, typeof Krw>);

export const PlanRollupSchema = z
  .object({
    levels: z.array(
      z.object({
        level: z.string(),
        items: Count,
        byType: TypeCounts,
        byHorizon: HorizonCounts,
        envelope: Krw,
        itemised: Krw,
      }),
    ),
    itemised: z.object({
      total: Krw,
      byYear: z.array(z.object({ year: Year, amount: Krw })),
      bySource: money(FUNDING_SOURCE_VALUES),
      byType: money([...PROJECT_TYPE_VALUES, 'unspecified'] as const),
      byHorizon: money([...HORIZON_VALUES, 'unspecified'] as const),
      byTag: z.array(z.object({ tag: z.string(), amount: Krw })),
      untagged: Krw,
      byYearSource: z.array(z.object({ year: Year, source: z.enum(FUNDING_SOURCE_VALUES), amount: Krw })),
    }),
    envelopes: z.object({ stated: Krw, itemisedWithin: Krw, unallocated: SignedKrw, itemisedOutside: Krw }),
    itemsByTag: z.array(z.object({ tag: z.string(), items: Count })),
  })
  .openapi('PlanRollup');

export const PlanDetailSchema = z
  .object({ plan: PlanViewSchema, items: z.array(PlanItemNodeSchema), rollup: PlanRollupSchema })
  .openapi('PlanDetail');

// ---------------------------------------------------------------------------------------------
// Requests (strict: unknown fields are a 400)

const Text = (max: number) => z.string().max(max);
const TextList = z.array(z.string().max(200)).max(100);
const IsoDate = z.iso.date();

export const NewPlanSchema = z
  .strictObject({
    kind: z.enum(PLAN_KIND_VALUES),
    nameEn: z.string().trim().min(1).max(300),
    nameKo: Text(300).optional(),
    periodFrom: Year.nullable().optional(),
    periodTo: Year.nullable().optional(),
    visionEn: Text(2000).optional(),
    visionKo: Text(2000).optional(),
    alignment: TextList.optional(),
    status: z.enum(PLAN_STATUS_VALUES).optional(),
    provenance: Text(4000).optional(),
    details: PlanDetailsSchema.optional(),
  })
  .openapi('NewPlan');

export const PlanPatchSchema = z
  .strictObject({
    kind: z.enum(PLAN_KIND_VALUES).optional(),
    nameEn: z.string().trim().min(1).max(300).optional(),
    nameKo: Text(300).optional(),
    periodFrom: Year.nullable().optional(),
    periodTo: Year.nullable().optional(),
    visionEn: Text(2000).optional(),
    visionKo: Text(2000).optional(),
    alignment: TextList.optional(),
    status: z.enum(PLAN_STATUS_VALUES).optional(),
    provenance: Text(4000).optional(),
    details: PlanDetailsSchema.optional(),
  })
  .openapi('PlanPatch');

const itemPatchShape = {
  code: z.string().max(64).optional(),
  level: z.string().max(40).optional(),
  nameEn: z.string().max(300).optional(),
  nameKo: Text(300).optional(),
  koTranslated: z.boolean().optional(),
  descriptionEn: Text(4000).optional(),
  descriptionKo: Text(4000).optional(),
  projectType: z.enum(PROJECT_TYPE_VALUES).nullable().optional(),
  alignment: TextList.optional(),
  leadDepartment: Text(200).optional(),
  partners: TextList.optional(),
  anchorCompanies: TextList.optional(),
  horizon: z.enum(HORIZON_VALUES).nullable().optional(),
  startDate: IsoDate.nullable().optional(),
  endDate: IsoDate.nullable().optional(),
  status: z.enum(PLAN_ITEM_STATUS_VALUES).optional(),
  envelope: Krw.nullable().optional(),
  illustrative: z.boolean().optional(),
  note: Text(4000).optional(),
  budget: z.array(BudgetLineSchema).max(1000).optional(),
};

export const NewPlanItemSchema = z
  .strictObject({
    ...itemPatchShape,
    level: z.string().max(40),
    nameEn: z.string().max(300),
    parentId: z.string().max(64).nullable().optional(),
    position: z.number().int().min(0).optional(),
  })
  .openapi('NewPlanItem');

export const PlanItemPatchSchema = z.strictObject(itemPatchShape).openapi('PlanItemPatch');

export const MovePlanItemSchema = z
  .strictObject({
    parentId: z.string().max(64).nullable(),
    position: z.number().int().min(0).optional(),
  })
  .openapi('MovePlanItem');

export const DeletedItemsSchema = z.object({ deleted: Count }).openapi('PlanItemsDeleted');

export const PlanImportResultSchema = z
  .object({ plan: PlanViewSchema, items: Count, budgetLines: Count })
  .openapi('PlanImportResult');
