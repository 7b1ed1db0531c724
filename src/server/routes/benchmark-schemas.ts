/** Zod schemas of the benchmark API (docs/api-contract-benchmark.md), mirroring contract.ts. */
import { z } from '@hono/zod-openapi';

export const SlugParamSchema = z.strictObject({
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/)
    .openapi({ param: { name: 'slug', in: 'path' }, example: 'busan' }),
});

const editionNumber = (name: string) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .openapi({ param: { name, in: 'path' }, example: 11 });

export const EditionParamSchema = SlugParamSchema.extend({ number: editionNumber('number') });

export const CityParamSchema = SlugParamSchema.extend({
  code: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,32}$/)
    .openapi({ param: { name: 'code', in: 'path' }, example: 'BUS' }),
});

export const CompareQuerySchema = z.strictObject({
  from: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: 'from', in: 'query' }, example: 10 }),
  to: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: 'to', in: 'query' }, example: 11 }),
  top: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(20)
    .openapi({ param: { name: 'top', in: 'query' }, example: 20 }),
});

export const ExportQuerySchema = z.strictObject({
  format: z
    .enum(['csv', 'xlsx'])
    .default('csv')
    .openapi({ param: { name: 'format', in: 'query' }, example: 'csv' }),
});

const NamedSchema = z.object({ code: z.string(), nameEn: z.string(), nameKo: z.string() });

export const FrameworkSchema = z
  .object({
    areas: z.array(NamedSchema),
    dimensions: z.array(NamedSchema),
    factors: z.array(
      z.object({
        code: z.string(),
        nameEn: z.string(),
        nameKo: z.string(),
        area: z.string(),
        source: z.string(),
        unit: z.string(),
        unitKo: z.string().nullable(),
        polarity: z.union([z.literal(1), z.literal(-1)]),
        dataYear: z.number().nullable(),
        level: z.enum(['city', 'national']),
        synthetic: z.boolean(),
      }),
    ),
    synthetic: z.boolean(),
    provenance: z.string(),
  })
  .openapi('BenchmarkFramework');

export const CitySchema = z
  .object({
    code: z.string(),
    nameEn: z.string(),
    nameKo: z.string(),
    country: z.string(),
    countryKo: z.string(),
    region: z.string(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
  })
  .openapi('BenchmarkCity');

export const CityListSchema = z.object({ items: z.array(CitySchema) }).openapi('BenchmarkCityList');

export const EditionSummarySchema = z
  .object({
    number: z.number().int(),
    label: z.string(),
    publishedOn: z.string().openapi({ format: 'date' }),
    frameworkVersion: z.string(),
    status: z.enum(['draft', 'published']),
    synthetic: z.boolean(),
    provenance: z.string(),
    counts: z.object({
      cities: z.number().int(),
      ranked: z.number().int(),
      factors: z.number().int(),
      respondents: z.number().int(),
      assessments: z.number().int(),
    }),
  })
  .openapi('EditionSummary');

export const EditionListSchema = z.object({ items: z.array(EditionSummarySchema) }).openapi('EditionList');

/** The engine's FamParams (src/engine/fam/types.ts), passed through as stored. */
const FamParamsSchema = z.record(z.string(), z.unknown()).openapi('FamParams');

export const CityResultSchema = z
  .object({
    city: z.string(),
    score: z.number().nullable(),
    rating: z.number().nullable(),
    rank: z.number().int().nullable(),
    regionRank: z.number().int().nullable(),
    associate: z.boolean(),
    assessmentsFromOthers: z.number().int(),
    rankP05: z.number().nullable(),
    rankP95: z.number().nullable(),
    areas: z.record(
      z.string(),
      z.object({ score: z.number().nullable(), rank: z.number().int().nullable() }),
    ),
    dimensions: z.record(z.string(), z.number().nullable()),
    publishedRank: z.number().int().nullable(),
    previous: z.object({ rank: z.number().int().nullable(), score: z.number().nullable() }).nullable(),
  })
  .openapi('CityResult');

export const EditionDetailSchema = z
  .object({ edition: EditionSummarySchema, params: FamParamsSchema, results: z.array(CityResultSchema) })
  .openapi('EditionDetail');

const numbers = z.array(z.number());

export const ModelInputSchema = z
  .object({
    cityIds: z.array(z.string()),
    cityRegion: z.array(z.string()),
    areaNames: z.array(z.string()),
    dimensionNames: z.array(z.string()),
    nRespondents: z.number().int(),
    factors: z.object({
      nFactors: z.number().int(),
      codes: z.array(z.string()),
      values: z.array(z.number().nullable()),
      polarity: numbers,
      area: numbers,
    }),
    assessments: z.object({
      respondent: numbers,
      respondentHome: numbers,
      city: numbers,
      dimension: numbers,
      rating: numbers,
      ageDays: numbers,
    }),
    params: FamParamsSchema,
  })
  .openapi('EditionModelInput');

export const CityProfileSchema = z
  .object({
    city: CitySchema,
    history: z.array(
      z.object({
        edition: z.number().int(),
        label: z.string(),
        score: z.number().nullable(),
        rank: z.number().int().nullable(),
        rankP05: z.number().nullable(),
        rankP95: z.number().nullable(),
        publishedRank: z.number().int().nullable(),
      }),
    ),
    latest: CityResultSchema,
    contributions: z.array(z.object({ factor: z.string(), area: z.string(), delta: z.number() })),
    peers: z.array(z.object({ city: z.string(), distance: z.number() })),
    synthetic: z.boolean(),
    provenance: z.string(),
  })
  .openapi('CityProfile');

export const ComparisonSchema = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    movers: z.array(
      z.object({
        city: z.string(),
        fromRank: z.number().int(),
        toRank: z.number().int(),
        rankChange: z.number().int(),
        scoreChange: z.number(),
      }),
    ),
    entrants: z.array(z.string()),
    leavers: z.array(z.string()),
    enteredTop: z.array(z.string()),
    leftTop: z.array(z.string()),
    streaks: z.array(z.object({ city: z.string(), editions: z.number().int() })),
    regionalChange: z.array(z.object({ region: z.string(), meanScoreChangePct: z.number() })),
    synthetic: z.boolean(),
    provenance: z.string(),
  })
  .openapi('EditionComparison');

export const NewEditionSchema = z
  .strictObject({
    number: z.number().int().min(1).max(100_000),
    label: z.string().trim().min(1).max(100),
    publishedOn: z.iso.date(),
    frameworkVersion: z.string().trim().min(1).max(50).optional(),
  })
  .openapi('NewEdition');

export const ImportedSchema = z.object({ imported: z.number().int() }).openapi('ImportResult');

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Request body of the two import routes: CSV text or XLSX bytes, read by the handler itself. */
export const uploadBody = (columns: string) => ({
  required: true,
  description: `A table with the columns ${columns} (row 1 is the header)`,
  content: {
    'text/csv': { schema: z.string() },
    [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
  },
});
