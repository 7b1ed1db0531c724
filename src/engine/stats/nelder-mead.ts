/**
 * Derivative-free minimisation by the Nelder-Mead simplex, following R's `optim` defaults
 * (reflection 1, contraction 0.5, expansion 2; initial step 10% of the largest |x0_i|, or 0.1;
 * stop when f(worst) - f(best) <= reltol (|f(x0)| + reltol) or after maxEvaluations calls).
 */
export interface NelderMeadOptions {
  reltol?: number;
  maxEvaluations?: number;
}

export interface NelderMeadResult {
  x: Float64Array;
  value: number;
  evaluations: number;
  converged: boolean;
}

export function nelderMead(
  f: (x: Float64Array) => number,
  x0: ArrayLike<number>,
  { reltol = 1.490116e-8, maxEvaluations = 500 }: NelderMeadOptions = {},
): NelderMeadResult {
  const n = x0.length;
  let evaluations = 0;
  // A non-finite objective (e.g. a failed build) counts as +Infinity so the simplex moves away.
  const evaluate = (x: Float64Array) => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  const start = Float64Array.from(x0);
  const f0 = evaluate(start);
  const tolerance = reltol * (Math.abs(f0) + reltol);
  const largest = Math.max(0, ...Array.from(start, Math.abs));
  const step = largest > 0 ? 0.1 * largest : 0.1;
  const simplex: { x: Float64Array; f: number }[] = [{ x: start, f: f0 }];
  for (let i = 0; i < n; i++) {
    const x = Float64Array.from(start);
    x[i]! += step;
    simplex.push({ x, f: evaluate(x) });
  }
  const combine = (a: Float64Array, b: Float64Array, t: number) => a.map((v, i) => v + t * (b[i]! - v));

  let converged = false;
  while (evaluations < maxEvaluations) {
    simplex.sort((a, b) => a.f - b.f);
    const best = simplex[0]!;
    const worst = simplex[n]!;
    if (worst.f - best.f <= tolerance) {
      converged = true;
      break;
    }
    const centroid = new Float64Array(n);
    for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) centroid[i]! += simplex[k]!.x[i]! / n;
    const reflected = combine(centroid, worst.x, -1);
    const fr = evaluate(reflected);
    if (fr < best.f) {
      const expanded = combine(centroid, worst.x, -2);
      const fe = evaluate(expanded);
      simplex[n] = fe < fr ? { x: expanded, f: fe } : { x: reflected, f: fr };
      continue;
    }
    if (fr < simplex[n - 1]!.f) {
      simplex[n] = { x: reflected, f: fr };
      continue;
    }
    // Contract towards the better of the worst point and its reflection.
    const towards = fr < worst.f ? reflected : worst.x;
    const contracted = combine(centroid, towards, 0.5);
    const fc = evaluate(contracted);
    if (fc < Math.min(fr, worst.f)) {
      simplex[n] = { x: contracted, f: fc };
      continue;
    }
    for (let k = 1; k <= n; k++) {
      const x = combine(best.x, simplex[k]!.x, 0.5);
      simplex[k] = { x, f: evaluate(x) };
    }
  }
  simplex.sort((a, b) => a.f - b.f);
  return { x: simplex[0]!.x, value: simplex[0]!.f, evaluations, converged };
}
