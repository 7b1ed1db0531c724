/** Small pure helpers shared by the portfolio pages: names by language, roles, the engine tree. */
import type { PlanItem } from '../../../../src/engine/planning/plan-tree.ts';
import type { Role } from '../../../../src/services/contract.ts';
import type {
  PlanItemNode,
  PlanKind,
  PlanStatus,
  PlanSummary,
} from '../../../../src/services/contract-plans.ts';
import { ApiError } from '../../api/problem.ts';
import type { MessageKey } from '../../i18n/en.ts';
import type { Language } from '../../i18n/language.ts';
import type { Translate } from '../../i18n/translate.ts';

/** Editors and administrators create and change plans; analysts and viewers read them. */
export const canEditPlans = (role: Role): boolean => role === 'editor' || role === 'admin';

/** A name in the page language, falling back to the other language when it is empty. */
export function nameOf(named: { nameEn: string; nameKo: string }, language: Language): string {
  const first = language === 'ko' ? named.nameKo : named.nameEn;
  const second = language === 'ko' ? named.nameEn : named.nameKo;
  return first.trim() !== '' ? first : second;
}

/** "2026–2030", "from 2026", or "" when the plan has no period. */
export function periodText(plan: Pick<PlanSummary, 'periodFrom' | 'periodTo'>): string {
  const { periodFrom: from, periodTo: to } = plan;
  if (from !== null && to !== null) return from === to ? String(from) : `${from}–${to}`;
  if (from !== null) return `${from}–`;
  if (to !== null) return `–${to}`;
  return '';
}

const KNOWN_LEVELS = ['plan', 'strategy', 'initiative', 'project', 'task'] as const;

/** The dictionary key of a level name, or null for a level the plan invented (shown as typed). */
export function levelKey(level: string): MessageKey | null {
  return (KNOWN_LEVELS as readonly string[]).includes(level) ? (`plans.level.${level}` as MessageKey) : null;
}

export const kindKey = (kind: PlanKind): MessageKey => `plans.kind.${kind}`;

/** The API's item tree as the engine's PlanItem tree (bigint won), for the budget charts. */
export function toEngineForest(nodes: readonly PlanItemNode[]): PlanItem[] {
  return nodes.map((node) => ({
    id: node.id,
    level: node.level,
    name: { en: node.nameEn, ko: node.nameKo },
    ...(node.projectType ? { projectType: node.projectType } : {}),
    ...(node.horizon ? { horizon: node.horizon } : {}),
    alignment: node.alignment,
    ...(node.envelope !== null ? { envelope: BigInt(node.envelope) } : {}),
    budget: node.budget.map((line) => ({
      year: line.year,
      source: line.source,
      amount: BigInt(line.amount),
    })),
    illustrative: node.illustrative,
    children: toEngineForest(node.children),
  }));
}

/** Counts of all items and of illustrative ones in a tree. */
export function illustrativeCount(nodes: readonly PlanItemNode[]): { illustrative: number; total: number } {
  let illustrative = 0;
  let total = 0;
  const visit = (list: readonly PlanItemNode[]) => {
    for (const node of list) {
      total++;
      if (node.illustrative) illustrative++;
      visit(node.children);
    }
  };
  visit(nodes);
  return { illustrative, total };
}

/** The years of the annual budget plan: the plan's period, else the years its lines use. */
export function budgetYears(
  plan: Pick<PlanSummary, 'periodFrom' | 'periodTo'>,
  lineYears: readonly number[],
): { from: number; to: number } | null {
  if (plan.periodFrom !== null && plan.periodTo !== null && plan.periodFrom <= plan.periodTo)
    return { from: plan.periodFrom, to: plan.periodTo };
  if (lineYears.length === 0) return null;
  return { from: Math.min(...lineYears), to: Math.max(...lineYears) };
}

/**
 * Checks a plan's period as typed: each year empty or four digits (1900–2200, as the server
 * accepts), and the last not before the first. Field name to message keys; empty when fine.
 */
export function checkPeriod(from: string, to: string): Record<string, MessageKey[]> {
  const errors: Record<string, MessageKey[]> = {};
  const read = (text: string): number | null | 'bad' => {
    const trimmed = text.trim();
    if (trimmed === '') return null;
    const year = Number(trimmed);
    return /^\d{4}$/.test(trimmed) && year >= 1900 && year <= 2200 ? year : 'bad';
  };
  const first = read(from);
  const last = read(to);
  if (first === 'bad') errors.periodFrom = ['plans.error.planYear'];
  if (last === 'bad') errors.periodTo = ['plans.error.planYear'];
  if (typeof first === 'number' && typeof last === 'number' && last < first)
    errors.periodTo = ['plans.error.period'];
  return errors;
}

/** The 400 problem the server would send for these field errors, in the page language. */
export function invalidProblem(errors: Record<string, MessageKey[]>, t: Translate): ApiError {
  return new ApiError(400, {
    status: 400,
    title: t('plans.error.fixBelow'),
    errors: Object.fromEntries(
      Object.entries(errors).map(([field, keys]) => [field, keys.map((key) => t(key))]),
    ),
  });
}

/**
 * Stops a form submit when the browser's own checks found problems: throws the same 400 problem
 * the server would send, so useServerForm shows each message under its field.
 */
export function throwIfInvalid(errors: Record<string, MessageKey[]>, t: Translate): void {
  if (Object.keys(errors).length > 0) throw invalidProblem(errors, t);
}

/** Drafts look like draft editions; every other status like a settled one. */
export const statusClass = (status: PlanStatus): string =>
  status === 'draft' ? 'status-draft' : 'status-published';

/** A year typed in a field: null when empty, NaN when not four digits (checkPeriod reports it first). */
export function yearOrNull(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{4}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
