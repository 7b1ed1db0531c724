/**
 * Number → CSV cell text for index outputs: 15 significant digits (`toPrecision(15)`, enough to
 * round-trip what the engine computes to ~1e-15 relative while hiding last-bit noise), then
 * trailing zeros of the fraction and a bare trailing point are removed, in the mantissa only, so
 * `50.0000000000000` → `50`, `1.25000000000000e-7` → `1.25e-7`. Missing (NaN) and non-finite values
 * are written as an empty cell; −0 is written as `0`.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (value === 0) return '0';
  const text = value.toPrecision(15);
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? '' : text.slice(e);
  const trimmed = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
  return trimmed + exponent;
}

/** Quotes a CSV cell only when needed (comma, quote, newline), doubling inner quotes. */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
