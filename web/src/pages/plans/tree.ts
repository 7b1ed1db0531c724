/**
 * The plan's item tree as the editable table shows it: one row per item in pre-order (parent
 * before children), with its depth, outline number (1.2.3) and what the row's move buttons may do.
 */

export interface TreeNode<T> {
  readonly id: string;
  readonly children?: readonly T[];
}

export interface TreeRow<T> {
  item: T;
  /** 0 for the top level (strategies), 1 below it, … */
  depth: number;
  /** 1-based positions from the top down, e.g. "2.1.3". */
  outline: string;
  parentId: string | null;
  /** 0-based position among its siblings. */
  index: number;
  siblings: number;
  hasChildren: boolean;
}

/** Every item of a forest in pre-order with its depth and outline number. */
export function flattenTree<T extends TreeNode<T>>(forest: readonly T[]): TreeRow<T>[] {
  const rows: TreeRow<T>[] = [];
  const visit = (items: readonly T[], depth: number, prefix: string, parentId: string | null) => {
    items.forEach((item, index) => {
      const outline = prefix === '' ? String(index + 1) : `${prefix}.${index + 1}`;
      const children = item.children ?? [];
      rows.push({
        item,
        depth,
        outline,
        parentId,
        index,
        siblings: items.length,
        hasChildren: children.length > 0,
      });
      visit(children, depth + 1, outline, item.id);
    });
  };
  visit(forest, 0, '', null);
  return rows;
}

/** The item with this id anywhere in the forest. */
export function findItem<T extends TreeNode<T>>(forest: readonly T[], id: string): T | undefined {
  for (const item of forest) {
    if (item.id === id) return item;
    const found = findItem(item.children ?? [], id);
    if (found) return found;
  }
  return undefined;
}

/** The ids of an item's descendants (the item itself excluded). */
export function descendantIds<T extends TreeNode<T>>(item: T): Set<string> {
  const ids = new Set<string>();
  const visit = (children: readonly T[]) => {
    for (const child of children) {
      ids.add(child.id);
      visit(child.children ?? []);
    }
  };
  visit(item.children ?? []);
  return ids;
}

/**
 * Where an item may be moved: the top level (null) or any item that is neither the item itself
 * nor one of its descendants (which would make a cycle), in table order.
 */
export function parentChoices<T extends TreeNode<T>>(forest: readonly T[], id: string): Array<TreeRow<T>> {
  const item = findItem(forest, id);
  const excluded = item ? descendantIds(item) : new Set<string>();
  excluded.add(id);
  return flattenTree(forest).filter((row) => !excluded.has(row.item.id));
}

/** Counts of items by a key (e.g. level or project type), in order of first appearance. */
export function countBy<T extends TreeNode<T>>(
  forest: readonly T[],
  key: (item: T) => string,
): Array<{ key: string; count: number }> {
  const counts = new Map<string, number>();
  for (const { item } of flattenTree(forest)) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()].map(([k, count]) => ({ key: k, count }));
}
