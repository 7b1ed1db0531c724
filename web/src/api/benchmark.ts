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
import { fetchCsrfToken, readCsrfCookie } from './csrf.ts';
import { apiRequest } from './http.ts';
import { ApiError, readProblem } from './problem.ts';
import { reportUnauthorized } from './unauthorized.ts';

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

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type an upload is sent with, by the file name's extension; null for anything but .csv/.xlsx. */
export function uploadContentType(fileName: string): string | null {
  const lower = fileName.trim().toLowerCase();
  if (lower.endsWith('.csv')) return CSV_TYPE;
  if (lower.endsWith('.xlsx')) return XLSX_TYPE;
  return null;
}

async function postFile(path: string, file: File, csrfToken: string): Promise<Response> {
  const type = uploadContentType(file.name);
  if (!type) throw new ApiError(0, { title: `${file.name}: only .csv and .xlsx files can be imported` });
  try {
    return await fetch(path, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': type, 'x-csrf-token': csrfToken },
      credentials: 'same-origin',
      body: await file.arrayBuffer(),
    });
  } catch (cause) {
    throw new ApiError(0, {
      title: 'Network error',
      detail: cause instanceof Error ? cause.message : undefined,
    });
  }
}

/**
 * Sends a file's bytes as the request body (apiRequest only sends JSON), with the same CSRF
 * handling: one retry with a fresh token when the server rejects the old one.
 */
async function uploadTable(path: string, file: File): Promise<{ imported: number }> {
  let response = await postFile(path, file, readCsrfCookie() ?? (await fetchCsrfToken()));
  if (response.status === 403) {
    const problem = await readProblem(response.clone());
    if (new ApiError(403, problem).isCsrfFailure)
      response = await postFile(path, file, await fetchCsrfToken());
  }
  if (response.status === 401) reportUnauthorized();
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  return (await response.json()) as { imported: number };
}

/** Replaces the draft's factor values (columns city,factor,value); all rows or none. */
export const uploadFactorValues = (slug: string, edition: number, file: File) =>
  uploadTable(`${base(slug)}/editions/${edition}/factor-values`, file);

/** Replaces the draft's assessments (columns respondent,home_city,region,sector,city,dimension,rating,date). */
export const uploadAssessments = (slug: string, edition: number, file: File) =>
  uploadTable(`${base(slug)}/editions/${edition}/assessments`, file);
