import type {
  BenchmarkArea,
  BenchmarkCity,
  BenchmarkFactor,
  BenchmarkFramework,
  CityProfile,
  CityResult,
  EditionComparison,
  EditionDetail,
  EditionModelInput,
  EditionSummary,
} from '../../../src/services/contract.ts';
import { apiRequest, uploadTable } from './http.ts';

/** The routes of docs/api-contract-benchmark.md (under /api/orgs/{slug}/benchmark) and their types. */

export type Named = BenchmarkArea;
export type Factor = BenchmarkFactor;
export type City = BenchmarkCity;
export type Framework = BenchmarkFramework;
export type CityDetail = CityProfile;
export type HistoryPoint = CityProfile['history'][number];
export type CompareResult = EditionComparison;
export type ModelInputJson = EditionModelInput;
export type { CityResult, EditionDetail, EditionSummary };

const base = (slug: string) => `/api/orgs/${encodeURIComponent(slug)}/benchmark`;

export const getFramework = (slug: string) => apiRequest<Framework>('GET', `${base(slug)}/framework`);

export const getCities = (slug: string) => apiRequest<{ items: City[] }>('GET', `${base(slug)}/cities`);

export const listEditions = (slug: string) =>
  apiRequest<{ items: EditionSummary[] }>('GET', `${base(slug)}/editions`);

export const getEdition = (slug: string, edition: number) =>
  apiRequest<EditionDetail>('GET', `${base(slug)}/editions/${edition}`);

export const getModelInput = (slug: string, edition: number) =>
  apiRequest<ModelInputJson>('GET', `${base(slug)}/editions/${edition}/model-input`);

export const getCityDetail = (slug: string, code: string) =>
  apiRequest<CityDetail>('GET', `${base(slug)}/cities/${encodeURIComponent(code)}`);

export function getComparison(slug: string, query: { from: number; to: number; top: number }) {
  const params = new URLSearchParams({
    from: String(query.from),
    to: String(query.to),
    top: String(query.top),
  });
  return apiRequest<CompareResult>('GET', `${base(slug)}/compare?${params}`);
}

/* Writes (editor; publish: admin). */

export interface NewEdition {
  number: number;
  label: string;
  publishedOn: string;
}

export const createEdition = (slug: string, input: NewEdition) =>
  apiRequest<EditionSummary>('POST', `${base(slug)}/editions`, input);

export const buildEdition = (slug: string, edition: number) =>
  apiRequest<EditionDetail>('POST', `${base(slug)}/editions/${edition}/build`);

export const publishEdition = (slug: string, edition: number) =>
  apiRequest<EditionSummary>('POST', `${base(slug)}/editions/${edition}/publish`);

export { CSV_TYPE, uploadContentType, XLSX_TYPE } from './http.ts';

/** Replaces the draft's factor values (columns city,factor,value); all rows or none. */
export const uploadFactorValues = (slug: string, edition: number, file: File) =>
  uploadTable<{ imported: number }>(`${base(slug)}/editions/${edition}/factor-values`, file);

/** Replaces the draft's assessments (columns respondent,home_city,region,sector,city,dimension,rating,date). */
export const uploadAssessments = (slug: string, edition: number, file: File) =>
  uploadTable<{ imported: number }>(`${base(slug)}/editions/${edition}/assessments`, file);
