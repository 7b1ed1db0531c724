/** The plan's item tree flattened for pickers and labels, names in the reader's language. */

import type { PlanItemNode } from '../../../../src/services/contract-plans.ts';
import type { Bilingual } from './contract.ts';

export interface FlatItem {
  id: string;
  code: string;
  level: string;
  depth: number;
  nameEn: string;
  nameKo: string;
  illustrative: boolean;
}

/** Pre-order: parents before children, siblings in order. */
export function flattenItems(nodes: readonly PlanItemNode[]): FlatItem[] {
  const out: FlatItem[] = [];
  const visit = (node: PlanItemNode) => {
    out.push({
      id: node.id,
      code: node.code,
      level: node.level,
      depth: node.depth,
      nameEn: node.nameEn,
      nameKo: node.nameKo,
      illustrative: node.illustrative,
    });
    for (const child of node.children) visit(child);
  };
  for (const node of nodes) visit(node);
  return out;
}

/** A bilingual text in the reader's language, falling back to the other when empty. */
export function bi(language: 'en' | 'ko', text: Bilingual | null | undefined): string {
  if (!text) return '';
  return language === 'ko' ? text.ko || text.en : text.en || text.ko;
}

export function itemName(language: 'en' | 'ko', item: Pick<FlatItem, 'nameEn' | 'nameKo'>): string {
  return language === 'ko' ? item.nameKo || item.nameEn : item.nameEn || item.nameKo;
}

/** "S1-2 AI platform": code first so items read the same in both languages' lists. */
export function itemLabel(language: 'en' | 'ko', item: FlatItem | undefined, fallbackId = ''): string {
  if (!item) return fallbackId;
  const name = itemName(language, item);
  return item.code ? `${item.code} ${name}` : name;
}
