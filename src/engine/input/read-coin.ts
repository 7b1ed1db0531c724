import { createMatrix } from '../core/matrix.ts';
import { type EngineIssue, fail, issue, ok, type Result } from '../core/result.ts';
import type { Coin, Structure } from '../core/structure.ts';
import type { Table } from './csv.ts';

const NODE_TYPES = ['Indicator', 'Aggregate', 'Group', 'Denominator', 'Other'] as const;
type NodeType = (typeof NODE_TYPES)[number];

/** Codes become column names and spec keys: no whitespace, no leading digit (COINr #32). */
const CODE_PATTERN = /^[A-Za-z_.][^\s]*$/;

/** `NA`, `NaN` and empty cells are missing, as in R's read.csv. */
export function isMissingText(cell: string): boolean {
  const t = cell.trim();
  return t === '' || t === 'NA' || t === 'NaN' || t === 'N/A';
}

/** Parses a numeric cell: NaN for a missing marker, null when the text is not a finite number. */
export function parseNumberCell(cell: string): number | null {
  if (isMissingText(cell)) return Number.NaN;
  const v = Number(cell.trim());
  return Number.isFinite(v) ? v : null;
}

interface MetaRow {
  row: number;
  code: string;
  name: string;
  type: NodeType;
  level: number;
  parent: string;
  direction: number;
  weight: number;
  target: number;
  denominator: string;
  measureUnit: string;
}

function columnReader(table: Table, name: string) {
  const idx = table.header.indexOf(name);
  return (row: string[]) => (idx < 0 ? '' : (row[idx] ?? '').trim());
}

/** Reads iMeta rows into typed records, collecting every malformed cell. */
function readMeta(meta: Table, errors: EngineIssue[]): MetaRow[] {
  for (const required of ['iCode', 'Type']) {
    if (!meta.header.includes(required))
      errors.push(issue('meta-missing-column', `iMeta has no '${required}' column`, { column: required }));
  }
  const get = Object.fromEntries(
    ['Level', 'iCode', 'iName', 'Direction', 'Weight', 'Unit', 'Target', 'Denominator', 'Parent', 'Type'].map(
      (c) => [c, columnReader(meta, c)],
    ),
  ) as Record<string, (row: string[]) => string>;
  const out: MetaRow[] = [];
  meta.rows.forEach((cells, r) => {
    const row = r + 1;
    const code = get.iCode!(cells);
    const typeText = get.Type!(cells);
    const numeric = (column: string, fallback: number): number => {
      const text = get[column]!(cells);
      const v = parseNumberCell(text);
      if (v === null) {
        errors.push(issue('meta-not-numeric', `'${text}' is not a number`, { row, column }));
        return Number.NaN;
      }
      return Number.isNaN(v) ? fallback : v;
    };
    if (code === '') {
      errors.push(issue('meta-empty-code', 'iCode is empty', { row, column: 'iCode' }));
      return;
    }
    if (!CODE_PATTERN.test(code))
      errors.push(
        issue('meta-bad-code', `code '${code}' must not contain spaces or start with a digit`, {
          row,
          column: 'iCode',
        }),
      );
    if (!(NODE_TYPES as readonly string[]).includes(typeText)) {
      errors.push(
        issue('meta-bad-type', `Type '${typeText}' is not one of ${NODE_TYPES.join(', ')}`, {
          row,
          column: 'Type',
        }),
      );
      return;
    }
    const type = typeText as NodeType;
    const inTree = type === 'Indicator' || type === 'Aggregate';
    const level = inTree ? numeric('Level', Number.NaN) : Number.NaN;
    if (inTree && !(Number.isInteger(level) && level >= 1))
      errors.push(
        issue('meta-bad-level', `Level must be a whole number ≥ 1 for ${type} '${code}'`, {
          row,
          column: 'Level',
        }),
      );
    else if (type === 'Indicator' && level !== 1)
      errors.push(
        issue('meta-bad-level', `indicator '${code}' must be on Level 1`, { row, column: 'Level' }),
      );
    else if (type === 'Aggregate' && level < 2)
      errors.push(
        issue('meta-bad-level', `aggregate '${code}' must be on Level 2 or above`, { row, column: 'Level' }),
      );
    const direction = inTree ? numeric('Direction', 1) : 1;
    if (inTree && direction !== 1 && direction !== -1)
      errors.push(
        issue('meta-bad-direction', `Direction must be 1 or -1, got ${direction}`, {
          row,
          column: 'Direction',
        }),
      );
    const weight = inTree ? numeric('Weight', 1) : 1;
    if (inTree && !(weight >= 0))
      errors.push(issue('meta-bad-weight', `Weight must be ≥ 0, got ${weight}`, { row, column: 'Weight' }));
    const target = inTree ? numeric('Target', Number.NaN) : Number.NaN;
    const parent = get.Parent!(cells);
    const denominator = get.Denominator!(cells);
    out.push({
      row,
      code,
      name: get.iName!(cells) || code,
      type,
      level,
      parent: isMissingText(parent) ? '' : parent,
      direction,
      weight,
      target,
      denominator: isMissingText(denominator) ? '' : denominator,
      measureUnit: isMissingText(get.Unit!(cells)) ? '' : get.Unit!(cells),
    });
  });
  return out;
}

/** Checks parents, levels, cycles and empty aggregates; returns the node records in node order. */
function checkTree(meta: MetaRow[], errors: EngineIssue[]): MetaRow[] {
  const byCode = new Map<string, MetaRow>();
  for (const m of meta) {
    const prev = byCode.get(m.code);
    if (prev)
      errors.push(
        issue('meta-duplicate-code', `code '${m.code}' already used on row ${prev.row}`, {
          row: m.row,
          column: 'iCode',
        }),
      );
    else byCode.set(m.code, m);
  }
  const tree = meta.filter(
    (m) => (m.type === 'Indicator' || m.type === 'Aggregate') && byCode.get(m.code) === m,
  );
  const levels = tree.map((m) => m.level).filter((l) => Number.isInteger(l) && l >= 1);
  const topLevel = levels.length > 0 ? Math.max(...levels) : 0;
  for (let l = 1; l <= topLevel; l++) {
    if (!levels.includes(l))
      errors.push(
        issue('meta-level-gap', `levels must be consecutive: no node on Level ${l} (top is ${topLevel})`, {
          column: 'Level',
        }),
      );
  }
  const childCount = new Map<string, number>();
  for (const m of tree) {
    if (m.parent === '') {
      if (m.level !== topLevel)
        errors.push(
          issue(
            'meta-no-parent',
            `'${m.code}' on Level ${m.level} has no parent (only Level ${topLevel} may)`,
            { row: m.row, column: 'Parent' },
          ),
        );
      continue;
    }
    const p = byCode.get(m.parent);
    if (!p || (p.type !== 'Aggregate' && p.type !== 'Indicator')) {
      errors.push(
        issue('meta-unknown-parent', `parent '${m.parent}' of '${m.code}' is not an aggregate code`, {
          row: m.row,
          column: 'Parent',
        }),
      );
      continue;
    }
    if (
      p.type === 'Aggregate' &&
      Number.isInteger(p.level) &&
      Number.isInteger(m.level) &&
      p.level !== m.level + 1
    )
      errors.push(
        issue(
          'meta-level-skip',
          `parent '${p.code}' is on Level ${p.level}, expected ${m.level + 1} for '${m.code}' on Level ${m.level}`,
          { row: m.row, column: 'Parent' },
        ),
      );
    childCount.set(p.code, (childCount.get(p.code) ?? 0) + 1);
  }
  // Cycles: follow parents; a walk longer than the node count, or revisiting a node, is a cycle.
  const reported = new Set<string>();
  for (const start of tree) {
    const seen = new Set<string>();
    let cur: MetaRow | undefined = start;
    while (cur && cur.parent !== '') {
      if (seen.has(cur.code)) {
        const cycle = [...seen].sort().join(' → ');
        if (!reported.has(cycle)) {
          reported.add(cycle);
          errors.push(
            issue('meta-cycle', `parent links form a cycle through ${[...seen].join(' → ')}`, {
              row: cur.row,
              column: 'Parent',
            }),
          );
        }
        break;
      }
      seen.add(cur.code);
      cur = byCode.get(cur.parent);
    }
  }
  for (const m of tree) {
    if (m.type === 'Aggregate' && !childCount.has(m.code))
      errors.push(
        issue('meta-empty-aggregate', `aggregate '${m.code}' has no children`, {
          row: m.row,
          column: 'iCode',
        }),
      );
    if (m.type === 'Indicator' && childCount.has(m.code))
      errors.push(
        issue('meta-indicator-parent', `indicator '${m.code}' cannot be a parent`, {
          row: m.row,
          column: 'iCode',
        }),
      );
  }
  return tree
    .map((m, order) => ({ m, order }))
    .sort((a, b) => a.m.level - b.m.level || a.order - b.order)
    .map((x) => x.m);
}

function buildStructure(nodes: MetaRow[]): Structure {
  const n = nodes.length;
  const index = new Map(nodes.map((m, i) => [m.code, i]));
  const level = Int32Array.from(nodes, (m) => m.level);
  const parent = Int32Array.from(nodes, (m) => (m.parent === '' ? -1 : (index.get(m.parent) ?? -1)));
  const childStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) if (parent[i]! >= 0) childStart[parent[i]! + 1]!++;
  for (let i = 0; i < n; i++) childStart[i + 1]! += childStart[i]!;
  const childIndex = new Int32Array(childStart[n]!);
  const fill = childStart.slice(0, n);
  for (let i = 0; i < n; i++) if (parent[i]! >= 0) childIndex[fill[parent[i]!]!++] = i;
  const nLevels = n === 0 ? 0 : level[n - 1]!;
  const levelStart = new Int32Array(nLevels + 1);
  for (let l = 1; l <= nLevels; l++) levelStart[l] = level.lastIndexOf(l) + 1;
  return {
    nNodes: n,
    nIndicators: nodes.filter((m) => m.type === 'Indicator').length,
    nLevels,
    codes: nodes.map((m) => m.code),
    names: nodes.map((m) => m.name),
    level,
    parent,
    childStart,
    childIndex,
    levelStart,
    direction: Float64Array.from(nodes, (m) => m.direction),
    weight: Float64Array.from(nodes, (m) => m.weight),
    target: Float64Array.from(nodes, (m) => m.target),
    denominator: nodes.map((m) => (m.type === 'Indicator' && m.denominator !== '' ? m.denominator : null)),
    measureUnits: nodes.map((m) => m.measureUnit),
  };
}

/**
 * Builds a coin from iData and iMeta tables (COINr `new_coin`), validating everything first and
 * reporting EVERY problem found, each with its iMeta/iData row and column. Row numbers are
 * 1-based over data rows (the header is row 0). Issues about iData carry `column` names from
 * iData and a `code` starting with `data-`; iMeta issues start with `meta-`.
 */
export function readCoin(iData: Table, iMeta: Table): Result<Coin> {
  const errors: EngineIssue[] = [];
  const meta = readMeta(iMeta, errors);
  const nodes = checkTree(meta, errors);
  const denominatorCodes = meta.filter((m) => m.type === 'Denominator').map((m) => m.code);
  const groupCodes = meta.filter((m) => m.type === 'Group').map((m) => m.code);
  for (const m of nodes) {
    if (m.denominator !== '' && !denominatorCodes.includes(m.denominator))
      errors.push(
        issue(
          'meta-unknown-denominator',
          `denominator '${m.denominator}' is not a code of Type Denominator`,
          { row: m.row, column: 'Denominator' },
        ),
      );
  }

  const uCodeCol = iData.header.indexOf('uCode');
  if (uCodeCol < 0)
    errors.push(issue('data-missing-column', "iData has no 'uCode' column", { column: 'uCode' }));
  const indicators = nodes.filter((m) => m.type === 'Indicator');
  const colOf = (code: string, row: number | undefined) => {
    const c = iData.header.indexOf(code);
    if (c < 0)
      errors.push(
        issue('data-missing-column', `iData has no column for '${code}' (iMeta row ${row})`, {
          column: code,
        }),
      );
    return c;
  };
  const indCols = indicators.map((m) => colOf(m.code, m.row));
  const denCols = denominatorCodes.map((c) => colOf(c, meta.find((m) => m.code === c)?.row));
  const grpCols = groupCodes.map((c) => colOf(c, meta.find((m) => m.code === c)?.row));

  const nUnits = iData.rows.length;
  const unitCodes: string[] = [];
  const seenUnits = new Map<string, number>();
  iData.rows.forEach((cells, r) => {
    const code = uCodeCol < 0 ? '' : (cells[uCodeCol] ?? '').trim();
    if (code === '')
      errors.push(issue('data-empty-ucode', 'uCode is empty', { row: r + 1, column: 'uCode' }));
    else if (seenUnits.has(code))
      errors.push(
        issue('data-duplicate-ucode', `uCode '${code}' already used on row ${seenUnits.get(code)}`, {
          row: r + 1,
          column: 'uCode',
        }),
      );
    else seenUnits.set(code, r + 1);
    unitCodes.push(code);
  });
  const timeCol = iData.header.indexOf('Time');
  if (timeCol >= 0) {
    const times = new Set(iData.rows.map((c) => (c[timeCol] ?? '').trim()));
    if (times.size > 1)
      errors.push(
        issue(
          'data-panel',
          `iData holds ${times.size} Time values; panel data is not supported, filter to one Time first`,
          { column: 'Time' },
        ),
      );
  }

  const readNumeric = (cols: number[], codes: string[]) => {
    const mat = createMatrix(nUnits, cols.length);
    cols.forEach((c, j) => {
      if (c < 0) return;
      for (let r = 0; r < nUnits; r++) {
        const text = iData.rows[r]![c] ?? '';
        const v = parseNumberCell(text);
        if (v === null)
          errors.push(
            issue('data-not-numeric', `'${text}' is not a number`, { row: r + 1, column: codes[j]! }),
          );
        else mat.values[j * nUnits + r] = v;
      }
    });
    return mat;
  };
  const raw = readNumeric(
    indCols,
    indicators.map((m) => m.code),
  );
  const denominators = readNumeric(denCols, denominatorCodes);
  const groups = grpCols.map((c) =>
    iData.rows.map((cells) => (c < 0 || isMissingText(cells[c] ?? '') ? '' : (cells[c] ?? '').trim())),
  );
  if (nUnits === 0) errors.push(issue('data-empty', 'iData has no units'));
  if (indicators.length === 0) errors.push(issue('meta-no-indicators', 'iMeta defines no indicators'));
  if (errors.length > 0) return fail(errors);

  const nameCol = iData.header.indexOf('uName');
  return ok({
    structure: buildStructure(nodes),
    unitCodes,
    unitNames: iData.rows.map((cells, r) => (nameCol < 0 ? unitCodes[r]! : (cells[nameCol] ?? '').trim())),
    raw,
    denominatorCodes,
    denominators,
    groupCodes,
    groups,
  });
}
