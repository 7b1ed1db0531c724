import type {
  PlanDetail,
  PlanImportResult,
  PlanInput,
  PlanItemInput,
  PlanItemPatch,
  PlanItemView,
  PlanPatch,
  PlanSummary,
  PlanView,
} from '../../../../src/services/contract-plans.ts';
import { fetchCsrfToken, readCsrfCookie } from '../../api/csrf.ts';
import { apiRequest } from '../../api/http.ts';
import { ApiError, readProblem } from '../../api/problem.ts';
import { reportUnauthorized } from '../../api/unauthorized.ts';

/** The routes of docs/api-contract-plans.md (under /api/orgs/{slug}/plans) that the portfolio pages use. */

const base = (slug: string) => `/api/orgs/${encodeURIComponent(slug)}/plans`;
const planBase = (slug: string, planId: string) => `${base(slug)}/${encodeURIComponent(planId)}`;
const itemBase = (slug: string, planId: string, itemId: string) =>
  `${planBase(slug, planId)}/items/${encodeURIComponent(itemId)}`;

export const listPlans = (slug: string) => apiRequest<{ items: PlanSummary[] }>('GET', base(slug));

export const getPlan = (slug: string, planId: string) =>
  apiRequest<PlanDetail>('GET', planBase(slug, planId));

export const createPlan = (slug: string, input: PlanInput) => apiRequest<PlanView>('POST', base(slug), input);

export const updatePlan = (slug: string, planId: string, patch: PlanPatch) =>
  apiRequest<PlanView>('PATCH', planBase(slug, planId), patch);

export const createItem = (slug: string, planId: string, input: PlanItemInput) =>
  apiRequest<PlanItemView>('POST', `${planBase(slug, planId)}/items`, input);

export const updateItem = (slug: string, planId: string, itemId: string, patch: PlanItemPatch) =>
  apiRequest<PlanItemView>('PATCH', itemBase(slug, planId, itemId), patch);

export const moveItem = (
  slug: string,
  planId: string,
  itemId: string,
  to: { parentId: string | null; position?: number },
) => apiRequest<PlanItemView>('POST', `${itemBase(slug, planId, itemId)}/move`, to);

export const deleteItem = (slug: string, planId: string, itemId: string) =>
  apiRequest<{ deleted: number }>('DELETE', itemBase(slug, planId, itemId));

/** Where the browser downloads the plan table (a plain link: the session cookie goes along). */
export const exportHref = (slug: string, planId: string, format: 'csv' | 'xlsx') =>
  `${planBase(slug, planId)}/export?${new URLSearchParams({ format })}`;

/** The server's print-ready HTML document of the plan, in one language. */
export const documentHref = (slug: string, planId: string, lang: 'ko' | 'en') =>
  `${planBase(slug, planId)}/document?${new URLSearchParams({ lang })}`;

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

/** Sends a file's bytes as the body, with the same CSRF retry as apiRequest. */
async function uploadTable(path: string, file: File): Promise<PlanImportResult> {
  let response = await postFile(path, file, readCsrfCookie() ?? (await fetchCsrfToken()));
  if (response.status === 403) {
    const problem = await readProblem(response.clone());
    if (new ApiError(403, problem).isCsrfFailure)
      response = await postFile(path, file, await fetchCsrfToken());
  }
  if (response.status === 401) reportUnauthorized();
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  return (await response.json()) as PlanImportResult;
}

/** Replaces the plan's fields and items from a plan table; all rows or none. */
export const importIntoPlan = (slug: string, planId: string, file: File) =>
  uploadTable(`${planBase(slug, planId)}/import`, file);

/** A new plan from a plan table; all rows or none. */
export const importNewPlan = (slug: string, file: File) => uploadTable(`${base(slug)}/import`, file);
