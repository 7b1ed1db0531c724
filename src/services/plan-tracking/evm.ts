/**
 * Earned value of a plan at a date (docs/api-contract-plan-tracking.md), pure over loaded rows so
 * the bench can time it. Per item:
 *   BAC = Σ the item's budget lines
 *   PV  = Σ lines of years before asOf + the asOf year's lines × elapsed share of that year
 *         (days since 1 Jan, inclusive, over the days in the year), rounded half up to the won
 *   EV  = BAC × the latest % complete reported on or before asOf
 *   AC  = Σ cost entries on or before asOf
 * then the engine's earnedValue() for SV, CV, SPI, CPI, EAC, ETC, VAC. Totals are the sums of
 * PV, EV, AC and BAC over items, put through the same formulas.
 */
import { type EacFormula, earnedValue, valueAtShare } from '../../engine/planning/index.ts';
import type { Bilingual, EarnedValueFigures, EarnedValueView } from '../contract-plan-tracking.ts';

export interface EvmItem {
  id: string;
  name: Bilingual;
}

export interface EvmInput {
  planId: string;
  items: readonly EvmItem[];
  lines: readonly { itemId: string; year: number; amount: bigint }[];
  progress: readonly { itemId: string; reportedOn: string; percentComplete: number }[];
  costs: readonly { itemId: string; spentOn: string; amount: bigint }[];
  asOf: string;
  formula: EacFormula;
}

export const EVM_METHOD =
  'PV schedules each budget line evenly over its year; EV = BAC × latest % complete on or before asOf; AC = executed spend on or before asOf';

function dayOfYear(iso: string): { day: number; days: number; year: number } {
  const year = Number(iso.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const at = Date.UTC(year, Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  return { day: Math.round((at - start) / 86_400_000) + 1, days, year };
}

function figures(
  bac: bigint,
  pv: bigint,
  ev: bigint,
  ac: bigint,
  formula: EacFormula,
  percentComplete: number,
): EarnedValueFigures {
  const plannedShare = bac > 0n ? Number(pv) / Number(bac) : 0;
  // PV and EV never exceed BAC by construction; a zero-budget item with spend still reports AC.
  const result = earnedValue({ bac, pv, ev, ac }, formula);
  if (!result.ok) {
    return {
      bac: String(bac),
      pv: String(pv),
      ev: String(ev),
      ac: String(ac),
      sv: String(ev - pv),
      cv: String(ev - ac),
      spi: null,
      cpi: null,
      eac: null,
      etc: null,
      vac: null,
      plannedShare,
      percentComplete,
      notes: result.errors.map((e) => e.code),
    };
  }
  const r = result.value;
  return {
    bac: String(bac),
    pv: String(pv),
    ev: String(ev),
    ac: String(ac),
    sv: String(r.sv),
    cv: String(r.cv),
    spi: r.spi,
    cpi: r.cpi,
    eac: r.eac === null ? null : String(r.eac),
    etc: r.etc === null ? null : String(r.etc),
    vac: r.vac === null ? null : String(r.vac),
    plannedShare,
    percentComplete,
    notes: r.notes.map((n) => n.code),
  };
}

export function computeEarnedValue(input: EvmInput): EarnedValueView {
  const { day, days, year } = dayOfYear(input.asOf);
  const bac = new Map<string, bigint>();
  const pv = new Map<string, bigint>();
  for (const line of input.lines) {
    bac.set(line.itemId, (bac.get(line.itemId) ?? 0n) + line.amount);
    let planned = 0n;
    if (line.year < year) planned = line.amount;
    else if (line.year === year) {
      const share = valueAtShare(line.amount, BigInt(day), BigInt(days));
      planned = share.ok ? share.value : 0n;
    }
    pv.set(line.itemId, (pv.get(line.itemId) ?? 0n) + planned);
  }
  const latest = new Map<string, { on: string; percent: number }>();
  for (const p of input.progress) {
    if (p.reportedOn > input.asOf) continue;
    const seen = latest.get(p.itemId);
    if (!seen || p.reportedOn >= seen.on)
      latest.set(p.itemId, { on: p.reportedOn, percent: p.percentComplete });
  }
  const ac = new Map<string, bigint>();
  for (const c of input.costs)
    if (c.spentOn <= input.asOf) ac.set(c.itemId, (ac.get(c.itemId) ?? 0n) + c.amount);

  let total = { bac: 0n, pv: 0n, ev: 0n, ac: 0n };
  const items: EarnedValueView['items'] = [];
  for (const item of input.items) {
    const b = bac.get(item.id) ?? 0n;
    const a = ac.get(item.id) ?? 0n;
    const percent = latest.get(item.id)?.percent ?? 0;
    if (b === 0n && a === 0n && percent === 0) continue;
    const p = pv.get(item.id) ?? 0n;
    const evShare = valueAtShare(b, BigInt(percent), 100n);
    const e = evShare.ok ? evShare.value : 0n;
    total = { bac: total.bac + b, pv: total.pv + p, ev: total.ev + e, ac: total.ac + a };
    items.push({ itemId: item.id, name: item.name, ...figures(b, p, e, a, input.formula, percent) });
  }
  const totalPercent = total.bac > 0n ? Number((total.ev * 10_000n) / total.bac) / 100 : 0;
  return {
    planId: input.planId,
    asOf: input.asOf,
    formula: input.formula,
    method: EVM_METHOD,
    items,
    total: figures(total.bac, total.pv, total.ev, total.ac, input.formula, totalPercent),
  };
}
