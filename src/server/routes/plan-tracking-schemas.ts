/** Zod schemas of the plan-tracking API (docs/api-contract-plan-tracking.md), mirroring contract-plan-tracking.ts. */
import { z } from '@hono/zod-openapi';
import {
  MEETING_KINDS,
  MEETING_RECORD_KINDS,
  NOTE_KINDS,
  SWOT_QUADRANTS,
} from '../../services/contract-plan-tracking.ts';

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/)
  .openapi({ param: { name: 'slug', in: 'path' }, example: 'busan' });

const idParam = (name: string) =>
  z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name, in: 'path' }, example: '6c6f9d81-b511-4693-b3c1-6736576d45b8' });

export const TrackingPlanParams = z.strictObject({ slug, planId: idParam('planId') });
export const paramsWith = <K extends string>(name: K) =>
  TrackingPlanParams.extend({ [name]: idParam(name) } as { [P in K]: ReturnType<typeof idParam> });
export const ItemParams = paramsWith('itemId');
export const NoteParams = paramsWith('noteId');
export const SwotParams = paramsWith('swotId');
export const MatrixParams = paramsWith('matrixId');
export const BaselineParams = paramsWith('baselineId');
export const KpiParams = paramsWith('kpiId');
export const ProgressParams = paramsWith('progressId');
export const MilestoneParams = paramsWith('milestoneId');
export const CostParams = paramsWith('costId');
export const MeetingParams = paramsWith('meetingId');
export const RecordParams = MeetingParams.extend({ recordId: idParam('recordId') });

const text = (max: number) => z.string().max(max);
const bilingual = (max: number) => z.strictObject({ en: text(max), ko: text(max) });
const BilingualOut = z.object({ en: z.string(), ko: z.string() }).openapi('TrackingBilingual');
const money = z
  .string()
  .regex(/^-?\d+$/)
  .openapi({ example: '175000000', description: 'whole KRW as a decimal string' });
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .openapi({ format: 'date', example: '2026-06-30' });
const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .openapi({ example: '15:00' });
const horizon = z.enum(['short', 'mid', 'long']);
const provenanceIn = { illustrative: z.boolean().optional(), note: text(1000).optional() };
const provenanceOut = { illustrative: z.boolean(), note: z.string() };
const uuids = z.array(z.string().max(64)).max(500);

export const ItemsOf = <T extends z.ZodTypeAny>(schema: T, name: string) =>
  z.object({ items: z.array(schema) }).openapi(name);

// ---- Workspace ----
export const NoteInputSchema = z
  .strictObject({
    kind: z.enum(NOTE_KINDS),
    title: bilingual(200),
    body: bilingual(20_000),
    position: z.number().int().min(0).max(100_000).optional(),
    ...provenanceIn,
  })
  .openapi('WorkspaceNoteInput');
export const NoteSchema = z
  .object({
    id: z.string(),
    kind: z.enum(NOTE_KINDS),
    title: BilingualOut,
    body: BilingualOut,
    position: z.number().int(),
    updatedAt: z.string(),
    ...provenanceOut,
  })
  .openapi('WorkspaceNote');
export const WorkspaceSchema = z
  .object({ planId: z.string(), vision: BilingualOut, notes: z.array(NoteSchema) })
  .openapi('WorkspaceView');

// ---- SWOT ----
export const SwotInputSchema = z
  .strictObject({
    quadrant: z.enum(SWOT_QUADRANTS),
    text: bilingual(1000),
    position: z.number().int().min(0).max(100_000).optional(),
    itemIds: uuids.optional(),
    ...provenanceIn,
  })
  .openapi('SwotItemInput');
export const SwotItemSchema = z
  .object({
    id: z.string(),
    quadrant: z.enum(SWOT_QUADRANTS),
    text: BilingualOut,
    position: z.number().int(),
    itemIds: z.array(z.string()),
    ...provenanceOut,
  })
  .openapi('SwotItem');
export const SwotBoardSchema = z
  .object({
    planId: z.string(),
    items: z.array(SwotItemSchema),
    byItem: z.record(z.string(), z.array(z.string())),
  })
  .openapi('SwotBoard');

// ---- Prioritisation ----
const CriterionInput = z.strictObject({
  code: z.string().max(40),
  name: bilingual(200),
  weight: z.number().min(0),
  direction: z.enum(['benefit', 'cost']),
  scaleMin: z.number(),
  scaleMax: z.number(),
  ...provenanceIn,
});
export const CriteriaInputSchema = z
  .strictObject({ criteria: z.array(CriterionInput).min(1).max(15) })
  .openapi('CriteriaInput');
export const ScoresInputSchema = z
  .strictObject({
    cells: z
      .array(
        z.strictObject({
          itemId: z.string().max(64),
          criterion: z.string().max(40),
          score: z.number().nullable(),
        }),
      )
      .max(10_000),
  })
  .openapi('ScoresInput');
export const CriteriaSchema = z
  .object({
    planId: z.string(),
    criteria: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        name: BilingualOut,
        weight: z.number(),
        direction: z.enum(['benefit', 'cost']),
        scaleMin: z.number(),
        scaleMax: z.number(),
        position: z.number().int(),
        ...provenanceOut,
      }),
    ),
    scores: z.array(z.object({ itemId: z.string(), criterion: z.string(), score: z.number() })),
  })
  .openapi('CriteriaView');
const AhpComputationSchema = z
  .object({
    weights: z.array(z.number()),
    lambdaMax: z.number(),
    ci: z.number(),
    ri: z.number(),
    cr: z.number(),
    inconsistent: z.boolean(),
    mostInconsistentPair: z
      .object({ row: z.string(), column: z.string(), judgement: z.number(), implied: z.number() })
      .nullable(),
  })
  .openapi('AhpComputation');
export const AhpInputSchema = z
  .strictObject({
    expert: z.string().min(1).max(200),
    criteria: z.array(z.string().max(40)).min(1).max(15),
    matrix: z.array(z.array(z.number()).min(1).max(15)).min(1).max(15),
  })
  .openapi('AhpMatrixInput');
export const AhpSchema = z
  .object({
    planId: z.string(),
    criteria: z.array(z.string()),
    threshold: z.number(),
    randomIndex: z.array(z.number()),
    matrices: z.array(
      z.object({
        id: z.string(),
        expert: z.string(),
        criteria: z.array(z.string()),
        matrix: z.array(z.array(z.number())),
        current: z.boolean(),
        result: AhpComputationSchema,
        updatedAt: z.string(),
      }),
    ),
    group: z
      .object({
        experts: z.number().int(),
        matrix: z.array(z.array(z.number())),
        result: AhpComputationSchema,
      })
      .nullable(),
  })
  .openapi('AhpView');
export const PrioritiesSchema = z
  .object({
    planId: z.string(),
    weightsFrom: z.enum(['entered', 'ahp']),
    ranked: z.array(
      z.object({
        itemId: z.string(),
        total: z.number(),
        rank: z.number().int(),
        tied: z.boolean(),
        contributions: z.record(z.string(), z.number()),
        horizon: horizon.nullable(),
      }),
    ),
    incomplete: z.array(z.string()),
  })
  .openapi('PrioritiesView');
export const HorizonRuleSchema = z
  .union([
    z.strictObject({
      by: z.literal('rank'),
      shortMaxRank: z.number().int().min(0).max(100_000),
      midMaxRank: z.number().int().min(0).max(100_000),
    }),
    z.strictObject({ by: z.literal('score'), shortMinTotal: z.number(), midMinTotal: z.number() }),
  ])
  .openapi('HorizonRule');
export const HorizonResultSchema = z
  .object({
    assignments: z.array(z.object({ itemId: z.string(), from: horizon.nullable(), to: horizon })),
    priorities: PrioritiesSchema,
  })
  .openapi('HorizonAssignmentResult');

// ---- Roadmap ----
export const GanttSchema = z
  .object({
    planId: z.string(),
    years: z.array(z.number().int()),
    rows: z.array(
      z.object({
        itemId: z.string(),
        parentId: z.string().nullable(),
        name: BilingualOut,
        level: z.string(),
        horizon: horizon.nullable(),
        start: z.string().nullable(),
        end: z.string().nullable(),
        budget: money,
        budgetByYear: z.record(z.string(), money),
        milestones: z.array(
          z.object({ id: z.string(), name: BilingualOut, dueOn: z.string(), doneOn: z.string().nullable() }),
        ),
      }),
    ),
  })
  .openapi('GanttView');
export const BaselineInputSchema = z
  .strictObject({ name: z.string().min(1).max(200) })
  .openapi('BaselineInput');
export const BaselineSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    createdBy: z.string().nullable(),
    items: z.number().int(),
    budget: money,
  })
  .openapi('BaselineSummary');
const BaselineSide = z
  .object({
    start: z.string().nullable(),
    end: z.string().nullable(),
    horizon: horizon.nullable(),
    budget: money,
  })
  .nullable();
export const BaselineComparisonSchema = z
  .object({
    baseline: BaselineSchema,
    rows: z.array(
      z.object({
        itemId: z.string(),
        name: BilingualOut,
        change: z.enum(['unchanged', 'changed', 'added', 'removed']),
        baseline: BaselineSide,
        current: BaselineSide,
        startShiftDays: z.number().int().nullable(),
        endShiftDays: z.number().int().nullable(),
        budgetDelta: money,
      }),
    ),
    totals: z.object({ baseline: money, current: money, delta: money }),
    counts: z.object({
      unchanged: z.number().int(),
      changed: z.number().int(),
      added: z.number().int(),
      removed: z.number().int(),
    }),
  })
  .openapi('BaselineComparison');

// ---- Tracking ----
const KpiYearSchema = z.object({
  year: z.number().int(),
  target: z.number().nullable(),
  actual: z.number().nullable(),
  status: z.enum(['red', 'amber', 'green']).nullable(),
  progress: z.number().nullable(),
});
export const KpiSchema = z
  .object({
    id: z.string(),
    itemId: z.string(),
    name: BilingualOut,
    unit: z.string(),
    direction: z.enum(['higher-is-better', 'lower-is-better']),
    baseline: z.number(),
    baselineYear: z.number().int().nullable(),
    greenAt: z.number(),
    amberAt: z.number(),
    years: z.array(KpiYearSchema),
    latest: KpiYearSchema.nullable(),
    ...provenanceOut,
  })
  .openapi('KpiView');
export const KpiInputSchema = z
  .strictObject({
    name: bilingual(200),
    unit: text(40),
    direction: z.enum(['higher-is-better', 'lower-is-better']),
    baseline: z.number(),
    baselineYear: z.number().int().min(1900).max(2200).nullable().optional(),
    greenAt: z.number().optional(),
    amberAt: z.number().optional(),
    years: z
      .array(
        z.strictObject({
          year: z.number().int().min(1900).max(2200),
          target: z.number().nullable(),
          actual: z.number().nullable(),
        }),
      )
      .max(100),
    ...provenanceIn,
  })
  .openapi('KpiInput');
export const ProgressInputSchema = z
  .strictObject({
    itemId: z.string().max(64),
    reportedOn: isoDate,
    percentComplete: z.number().int().min(0).max(100),
    note: text(4000).optional(),
  })
  .openapi('ProgressInput');
export const ProgressSchema = z
  .object({
    id: z.string(),
    itemId: z.string(),
    reportedOn: z.string(),
    percentComplete: z.number().int(),
    note: z.string(),
    author: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('ProgressUpdate');
export const MilestoneInputSchema = z
  .strictObject({
    itemId: z.string().max(64),
    name: bilingual(200),
    dueOn: isoDate,
    doneOn: isoDate.nullable().optional(),
    ...provenanceIn,
  })
  .openapi('MilestoneInput');
export const MilestoneSchema = z
  .object({
    id: z.string(),
    itemId: z.string(),
    name: BilingualOut,
    dueOn: z.string(),
    doneOn: z.string().nullable(),
    state: z.enum(['done', 'late', 'open']),
    ...provenanceOut,
  })
  .openapi('MilestoneView');
export const CostInputSchema = z
  .strictObject({
    itemId: z.string().max(64),
    spentOn: isoDate,
    amount: money,
    source: z.enum(['national', 'municipal', 'private', 'other']),
    note: text(1000).optional(),
  })
  .openapi('CostInput');
export const CostSchema = z
  .object({
    id: z.string(),
    itemId: z.string(),
    spentOn: z.string(),
    amount: money,
    source: z.string(),
    note: z.string(),
    createdAt: z.string(),
  })
  .openapi('CostEntry');
export const TrackingSchema = z
  .object({
    planId: z.string(),
    kpis: z.array(KpiSchema),
    progress: z.array(ProgressSchema),
    milestones: z.array(MilestoneSchema),
    costs: z.array(CostSchema),
  })
  .openapi('TrackingView');
const EAC = z.enum([
  'bac-over-cpi',
  'ac-plus-remaining-over-cpi',
  'ac-plus-remaining-over-cpi-spi',
  'ac-plus-remaining',
]);
export const EvmQuerySchema = z.strictObject({
  asOf: isoDate.optional().openapi({ param: { name: 'asOf', in: 'query' }, example: '2026-12-31' }),
  formula: EAC.optional().openapi({ param: { name: 'formula', in: 'query' }, example: 'bac-over-cpi' }),
});
const EvFigures = {
  bac: money,
  pv: money,
  ev: money,
  ac: money,
  sv: money,
  cv: money,
  spi: z.number().nullable(),
  cpi: z.number().nullable(),
  eac: money.nullable(),
  etc: money.nullable(),
  vac: money.nullable(),
  plannedShare: z.number(),
  percentComplete: z.number(),
  notes: z.array(z.string()),
};
export const EvmSchema = z
  .object({
    planId: z.string(),
    asOf: z.string(),
    formula: EAC,
    method: z.string(),
    items: z.array(z.object({ itemId: z.string(), name: BilingualOut, ...EvFigures })),
    total: z.object(EvFigures),
  })
  .openapi('EarnedValueView');
export const ReportQuerySchema = z.strictObject({
  year: z.coerce
    .number()
    .int()
    .min(1900)
    .max(2200)
    .openapi({ param: { name: 'year', in: 'query' }, example: 2027 }),
  format: z
    .enum(['xlsx', 'html'])
    .default('html')
    .openapi({ param: { name: 'format', in: 'query' }, example: 'html' }),
  lang: z
    .enum(['ko', 'en'])
    .default('ko')
    .openapi({ param: { name: 'lang', in: 'query' }, example: 'ko' }),
});

// ---- Meetings ----
const ParticipantsIn = z.strictObject({
  count: z.number().int().min(0).max(100_000).nullable(),
  approximate: z.boolean(),
  groups: z.array(bilingual(200)).max(50),
  people: z
    .array(z.strictObject({ name: z.string().min(1).max(200), affiliation: text(200), role: text(200) }))
    .max(500),
});
export const MeetingInputSchema = z
  .strictObject({
    kind: z.enum(MEETING_KINDS),
    title: bilingual(300),
    heldOn: isoDate,
    startsAt: time.nullable().optional(),
    venue: bilingual(300),
    purpose: bilingual(4000).optional(),
    participants: ParticipantsIn.optional(),
    agenda: z
      .array(
        z.strictObject({
          start: time,
          end: time,
          title: bilingual(300),
          presenter: text(200).optional(),
          notes: text(1000).optional(),
        }),
      )
      .max(100)
      .optional(),
    ...provenanceIn,
  })
  .openapi('MeetingInput');
const MeetingSummaryShape = {
  id: z.string(),
  kind: z.enum(MEETING_KINDS),
  title: BilingualOut,
  heldOn: z.string(),
  startsAt: z.string().nullable(),
  venue: BilingualOut,
  records: z.number().int(),
  ...provenanceOut,
};
export const MeetingSummarySchema = z.object(MeetingSummaryShape).openapi('MeetingSummary');
export const MeetingSchema = z
  .object({
    ...MeetingSummaryShape,
    purpose: BilingualOut,
    participants: z.object({
      count: z.number().int().nullable(),
      approximate: z.boolean(),
      groups: z.array(BilingualOut),
      people: z.array(z.object({ name: z.string(), affiliation: z.string(), role: z.string() })),
    }),
    agenda: z.array(
      z.object({
        position: z.number().int(),
        start: z.string(),
        end: z.string(),
        minutes: z.number().int(),
        title: BilingualOut,
        presenter: z.string(),
        notes: z.string(),
      }),
    ),
    agendaMinutes: z.number().int(),
    agendaContiguous: z.boolean(),
    recordList: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(MEETING_RECORD_KINDS),
        text: BilingualOut,
        itemIds: z.array(z.string()),
        createdAt: z.string(),
      }),
    ),
  })
  .openapi('MeetingView');
export const MeetingRecordInputSchema = z
  .strictObject({ kind: z.enum(MEETING_RECORD_KINDS), text: bilingual(4000), itemIds: uuids.optional() })
  .openapi('MeetingRecordInput');

// ---- Benchmark link ----
export const FactorLinkSchema = z
  .object({
    itemId: z.string(),
    factor: z.string(),
    kind: z.enum(['delta', 'percent']),
    amount: z.number(),
    ...provenanceOut,
  })
  .openapi('FactorLink');
export const FactorLinksInputSchema = z
  .strictObject({
    links: z
      .array(
        z.strictObject({
          factor: z.string().min(1).max(40),
          kind: z.enum(['delta', 'percent']),
          amount: z.number(),
          ...provenanceIn,
        }),
      )
      .max(200),
  })
  .openapi('FactorLinksInput');
export const EffectQuerySchema = z.strictObject({
  itemId: z
    .string()
    .max(64)
    .optional()
    .openapi({ param: { name: 'itemId', in: 'query' }, example: '6c6f9d81-b511-4693-b3c1-6736576d45b8' }),
});
const EffectScore = z.object({ rating: z.number(), score: z.number(), rank: z.number().int().nullable() });
export const EffectSchema = z
  .object({
    planId: z.string(),
    itemId: z.string().nullable(),
    edition: z.object({
      number: z.number().int(),
      label: z.string(),
      synthetic: z.boolean(),
      provenance: z.string(),
    }),
    city: z.object({ code: z.string(), name: BilingualOut }),
    changes: z.array(
      z.object({
        factor: z.string(),
        name: BilingualOut,
        area: z.string(),
        unit: z.string(),
        current: z.number().nullable(),
        projected: z.number().nullable(),
        itemIds: z.array(z.string()),
      }),
    ),
    unknownFactors: z.array(z.string()),
    before: EffectScore,
    after: EffectScore,
    areas: z.array(z.object({ area: z.string(), before: EffectScore, after: EffectScore })),
    illustrative: z.boolean(),
  })
  .openapi('ProjectedEffect');
