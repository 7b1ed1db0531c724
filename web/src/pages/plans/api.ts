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
import { apiRequest, uploadTable } from '../../api/http.ts';

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

/** Replaces the plan's fields and items from a plan table; all rows or none. */
export const importIntoPlan = (slug: string, planId: string, file: File) =>
  uploadTable<PlanImportResult>(`${planBase(slug, planId)}/import`, file);

/** A new plan from a plan table; all rows or none. */
export const importNewPlan = (slug: string, file: File) =>
  uploadTable<PlanImportResult>(`${base(slug)}/import`, file);
