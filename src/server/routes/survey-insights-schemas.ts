/** Zod schemas of the survey-insights API (docs/api-contract-survey-insights.md), mirroring contract-survey-insights.ts. */
import { z } from '@hono/zod-openapi';

export const SurveyParamSchema = z.strictObject({
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/)
    .openapi({ param: { name: 'slug', in: 'path' }, example: 'busan' }),
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, example: '00000000-0000-4000-8000-000000000000' }),
});

export const OrgParamSchema = SurveyParamSchema.pick({ slug: true });

const lang = z
  .enum(['ko', 'en'])
  .default('en')
  .openapi({ param: { name: 'lang', in: 'query' }, example: 'ko' });

export const LangQuerySchema = z.strictObject({ lang });

export const CrossTabQuerySchema = z.strictObject({
  question: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'question', in: 'query' }, example: 'sector' }),
  by: z
    .string()
    .min(1)
    .max(200)
    .default('respondent_group')
    .openapi({ param: { name: 'by', in: 'query' }, example: 'respondent_group' }),
  lang,
});

export const ExportQuerySchema = z.strictObject({
  format: z
    .enum(['csv', 'xlsx'])
    .default('csv')
    .openapi({ param: { name: 'format', in: 'query' }, example: 'xlsx' }),
  lang,
});

export const PreviewQuerySchema = z.strictObject({
  edition: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .openapi({ param: { name: 'edition', in: 'query' }, example: 12 }),
});

export const IntoIndexBodySchema = z
  .strictObject({
    edition: z.number().int().min(1).max(100_000),
    factorValuesFrom: z.number().int().min(1).max(100_000).optional(),
  })
  .openapi('IntoIndexRequest');

const SurveyRefSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z.enum(['expert_assessment', 'innovation_capacity', 'citizen', 'public_servant', 'other']),
    status: z.string(),
    version: z.number().int().nullable(),
    synthetic: z.boolean(),
    provenance: z.string(),
  })
  .openapi('InsightSurveyRef');

const ChoiceCountSchema = z.object({
  value: z.string(),
  label: z.string(),
  count: z.number().int(),
  share: z.number(),
});

const NumberStatsSchema = z.object({
  n: z.number().int(),
  mean: z.number(),
  median: z.number(),
  min: z.number(),
  max: z.number(),
  sd: z.number(),
});

const QuestionAnalyticsSchema = z.object({
  name: z.string(),
  title: z.string(),
  type: z.string(),
  kind: z.enum(['single', 'multi', 'rating', 'number', 'text', 'matrix', 'other']),
  answered: z.number().int(),
  skipped: z.number().int(),
  choices: z.array(ChoiceCountSchema),
  stats: NumberStatsSchema.nullable(),
  rows: z.array(
    z.object({
      value: z.string(),
      label: z.string(),
      answered: z.number().int(),
      columns: z.array(
        z.object({
          name: z.string(),
          label: z.string(),
          answered: z.number().int(),
          choices: z.array(ChoiceCountSchema),
          stats: NumberStatsSchema.nullable(),
        }),
      ),
    }),
  ),
  textAnswers: z.number().int(),
});

const langValue = z.enum(['ko', 'en']);

export const SurveyAnalyticsSchema = z
  .object({
    survey: SurveyRefSchema,
    lang: langValue,
    denominator: z.object({ responses: z.number().int(), note: z.string() }),
    byGroup: z.array(z.object({ group: z.string(), count: z.number().int() })),
    timeline: z.array(z.object({ date: z.string(), count: z.number().int() })),
    questions: z.array(QuestionAnalyticsSchema),
  })
  .openapi('SurveyAnalytics');

export const SurveyCrossTabSchema = z
  .object({
    survey: SurveyRefSchema,
    lang: langValue,
    question: z.object({ name: z.string(), title: z.string() }),
    by: z.object({ name: z.string(), title: z.string() }),
    rows: z.array(z.object({ value: z.string(), label: z.string() })),
    columns: z.array(z.object({ value: z.string(), label: z.string(), responses: z.number().int() })),
    counts: z.array(z.array(z.number().int())),
    shares: z.array(z.array(z.number())),
    total: z.number().int(),
  })
  .openapi('SurveyCrossTab');

export const SurveyFreeTextSchema = z
  .object({
    survey: SurveyRefSchema,
    lang: langValue,
    questions: z.array(
      z.object({
        name: z.string(),
        title: z.string(),
        answers: z.array(
          z.object({
            responseId: z.string(),
            group: z.string().nullable(),
            submittedAt: z.string().nullable(),
            text: z.string(),
          }),
        ),
      }),
    ),
  })
  .openapi('SurveyFreeText');

const PreviewShape = {
  survey: SurveyRefSchema,
  edition: z.object({
    number: z.number().int(),
    label: z.string(),
    status: z.enum(['draft', 'published']),
    publishedOn: z.string(),
  }),
  rules: z.object({
    windowMonths: z.number(),
    excludeHomeCity: z.boolean(),
    minAssessments: z.number().int(),
  }),
  counts: z.object({
    responses: z.number().int(),
    usedResponses: z.number().int(),
    assessments: z.number().int(),
    excludedHomeCity: z.number().int(),
    outsideWindow: z.number().int(),
    counted: z.number().int(),
    afterEditionDate: z.number().int(),
  }),
  skipped: z.array(z.object({ responseId: z.string(), reason: z.string() })),
  cities: z.array(
    z.object({
      code: z.string(),
      nameEn: z.string(),
      nameKo: z.string(),
      assessments: z.number().int(),
      fromOthers: z.number().int(),
      status: z.enum(['rated', 'associate']),
    }),
  ),
  rated: z.number().int(),
  associates: z.number().int(),
};

export const IntoIndexPreviewSchema = z.object(PreviewShape).openapi('IntoIndexPreview');

export const IntoIndexResultSchema = z
  .object({
    ...PreviewShape,
    imported: z.number().int(),
    respondents: z.number().int(),
    factorValuesFrom: z.number().int().nullable(),
    factorValuesCopied: z.number().int(),
  })
  .openapi('IntoIndexResult');

const origin = z.enum(['published', 'illustrative', 'survey']);

const PeerFigureSchema = z.object({
  pool: z.string(),
  origin,
  share: z.number().nullable(),
  count: z.number().int().nullable(),
  denominator: z.number().int().nullable(),
  waveEn: z.string(),
  waveKo: z.string(),
  statementEn: z.string(),
  statementKo: z.string(),
  sourceLine: z.string().nullable(),
});

const ProfileAnswerSchema = z.object({
  value: z.string(),
  labelEn: z.string(),
  labelKo: z.string(),
  detailEn: z.string().nullable(),
  detailKo: z.string().nullable(),
  peers: z.array(PeerFigureSchema),
});

export const InnovationProfileSchema = z
  .object({
    city: z.object({
      nameEn: z.string(),
      nameKo: z.string(),
      countryEn: z.string(),
      countryKo: z.string(),
      mayorEn: z.string().nullable(),
      mayorKo: z.string().nullable(),
      population: z.object({ value: z.number().int(), year: z.number().int() }).nullable(),
    }),
    survey: SurveyRefSchema.nullable(),
    source: z.object({
      titleEn: z.string(),
      titleKo: z.string(),
      document: z.string(),
      noteEn: z.string(),
      noteKo: z.string(),
    }),
    sections: z.array(
      z.object({
        code: z.string(),
        titleEn: z.string(),
        titleKo: z.string(),
        statements: z.array(z.object({ en: z.string(), ko: z.string() })),
        questions: z.array(
          z.object({
            name: z.string(),
            titleEn: z.string(),
            titleKo: z.string(),
            answers: z.array(ProfileAnswerSchema),
            otherOptions: z.array(ProfileAnswerSchema),
            noteEn: z.string().nullable(),
            noteKo: z.string().nullable(),
          }),
        ),
      }),
    ),
    peerPools: z.array(
      z.object({
        code: z.string(),
        labelEn: z.string(),
        labelKo: z.string(),
        origin,
        waveEn: z.string(),
        waveKo: z.string(),
        denominator: z.number().int().nullable(),
        source: z.string(),
        noteEn: z.string(),
        noteKo: z.string(),
      }),
    ),
    containsIllustrative: z.boolean(),
    provenance: z.string(),
  })
  .openapi('InnovationProfile');

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
