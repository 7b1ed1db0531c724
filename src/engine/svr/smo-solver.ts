/**
 * LIBSVM 3.24's `Solver`: sequential minimal optimisation for
 *
 *   min_a 0.5 a'Qa + p'a   subject to  y'a = 0,  0 <= a_t <= C,  y_t in {+1, -1}
 *
 * (here over the 2l variables of epsilon-SVR, with y_t = the variable's sign in `SvrQ`)
 * with the second-order working set selection of Fan, Chen & Lin (2005, "Working set selection
 * using second order information for training SVM", JMLR 6), shrinking, gradient reconstruction
 * and the bias rule of `calculate_rho`. Every comparison, tie rule and update order follows the
 * C++ source so that the iterates, and hence the solution, match LIBSVM's: a different but
 * equally valid path would stop at a different point within the tolerance.
 */
import { ActiveKernelRows } from './active-rows.ts';
import type { SvrQ } from './svr-q.ts';

const LOWER_BOUND = 0;
const UPPER_BOUND = 1;
const FREE = 2;
/** Replaces a non-positive curvature (LIBSVM's TAU). */
const TAU = 1e-12;
/** Q_ii + Q_jj: the RBF kernel gives K(x, x) = exp(-gamma * 0) = 1 exactly, as in LIBSVM's QD. */
const QD_SUM = 2;

export interface SmoProblem {
  /** The Hessian; its `sign` array serves as the labels y and is permuted in place. */
  q: SvrQ;
  /** Linear term p (copied). */
  p: Float64Array;
  /** Feasible start (copied); the solution is written to `alpha` of the result. */
  alpha: Float64Array;
  /** Upper bound for all variables (LIBSVM's Cp = Cn for SVR). */
  C: number;
  tolerance: number;
  shrinking: boolean;
}

export interface SmoSolution {
  /** Solution in the caller's variable order. */
  alpha: Float64Array;
  rho: number;
  objective: number;
  iterations: number;
  hitIterationLimit: boolean;
}

export function solveSmo(problem: SmoProblem): SmoSolution {
  return new SmoSolver(problem).solve();
}

class SmoSolver {
  private readonly l: number;
  private readonly q: SvrQ;
  private readonly p: Float64Array;
  /** Labels, shared with (and permuted by) q. */
  private readonly y: Int8Array;
  /** Position of each variable's training row in a kernel row, shared with (and permuted by) q. */
  private readonly group: Int32Array;
  private readonly alpha: Float64Array;
  private readonly status: Uint8Array;
  private readonly activeSet: Int32Array;
  private readonly G: Float64Array;
  /** Gradient contribution of variables at the upper bound, kept for all l variables. */
  private readonly Gbar: Float64Array;
  private readonly C: number;
  private readonly eps: number;
  private readonly shrinking: boolean;
  private activeSize: number;
  private unshrink = false;
  // Output of selectWorkingSet (avoids allocating a pair per iteration).
  private outI = -1;
  private outJ = -1;
  /** Kernel rows in the current variable order, contiguous (as LIBSVM's get_Q returns them). */
  private readonly activeRows: ActiveKernelRows;
  /** K(i, .) over the active set for the i chosen by the last selectWorkingSet. */
  private kernelI: Float32Array;

  constructor(problem: SmoProblem) {
    const l = problem.p.length;
    this.l = l;
    this.q = problem.q;
    this.p = problem.p.slice();
    this.y = problem.q.sign;
    this.group = problem.q.group;
    this.alpha = problem.alpha.slice();
    this.C = problem.C;
    this.eps = problem.tolerance;
    this.shrinking = problem.shrinking;
    this.status = new Uint8Array(l);
    for (let i = 0; i < l; i++) this.updateStatus(i);
    this.activeSet = new Int32Array(l);
    for (let i = 0; i < l; i++) this.activeSet[i] = i;
    this.activeSize = l;
    this.G = new Float64Array(l);
    this.Gbar = new Float64Array(l);
    this.activeRows = new ActiveKernelRows(problem.q, problem.q.nGroups, l);
    this.kernelI = new Float32Array(0);
  }

  solve(): SmoSolution {
    const { l, C, alpha, G, Gbar, status, y, group, q, activeRows } = this;
    this.initGradient();

    let iter = 0;
    const maxIter = Math.max(10_000_000, l > Math.floor(2147483647 / 100) ? 2147483647 : 100 * l);
    let counter = Math.min(l, 1000) + 1;

    while (iter < maxIter) {
      if (--counter === 0) {
        counter = Math.min(l, 1000);
        if (this.shrinking) this.doShrinking();
      }
      if (this.selectWorkingSet()) {
        // Optimal on the active set: check all variables before stopping.
        this.reconstructGradient();
        this.activeSize = l;
        activeRows.invalidate();
        if (this.selectWorkingSet()) break;
        counter = 1; // shrink at the next iteration
      }
      const i = this.outI;
      const j = this.outJ;
      ++iter;

      const activeSize = this.activeSize;
      const kernelI = this.kernelI;
      const kernelJ = activeRows.get(j, activeSize);
      const yi = y[i]!;
      const yj = y[j]!;
      const oldAi = alpha[i]!;
      const oldAj = alpha[j]!;
      const Gi = G[i]!;
      const Gj = G[j]!;
      const Qij = yi * yj * kernelI[j]!;
      let ai = oldAi;
      let aj = oldAj;

      if (yi !== yj) {
        let quadCoef = QD_SUM + 2 * Qij;
        if (quadCoef <= 0) quadCoef = TAU;
        const delta = (-Gi - Gj) / quadCoef;
        const diff = ai - aj;
        ai += delta;
        aj += delta;
        if (diff > 0) {
          if (aj < 0) {
            aj = 0;
            ai = diff;
          }
        } else if (ai < 0) {
          ai = 0;
          aj = -diff;
        }
        // C_i - C_j is 0: one C for every variable in epsilon-SVR.
        if (diff > 0) {
          if (ai > C) {
            ai = C;
            aj = C - diff;
          }
        } else if (aj > C) {
          aj = C;
          ai = C + diff;
        }
      } else {
        let quadCoef = QD_SUM - 2 * Qij;
        if (quadCoef <= 0) quadCoef = TAU;
        const delta = (Gi - Gj) / quadCoef;
        const sum = ai + aj;
        ai -= delta;
        aj += delta;
        if (sum > C) {
          if (ai > C) {
            ai = C;
            aj = sum - C;
          }
        } else if (aj < 0) {
          aj = 0;
          ai = sum;
        }
        if (sum > C) {
          if (aj > C) {
            aj = C;
            ai = sum - C;
          }
        } else if (ai < 0) {
          ai = 0;
          aj = sum;
        }
      }
      alpha[i] = ai;
      alpha[j] = aj;

      // G_k += Q_ik dAi + Q_jk dAj with Q_ik = y_i y_k K_ik; the signs factor out exactly.
      const stepI = yi * (ai - oldAi);
      const stepJ = yj * (aj - oldAj);
      for (let k = 0; k < activeSize; k++) G[k]! += y[k]! * (kernelI[k]! * stepI + kernelJ[k]! * stepJ);

      // Keep Gbar (the upper-bound variables' share of the gradient) in step.
      const wasUpperI = status[i] === UPPER_BOUND;
      const wasUpperJ = status[j] === UPPER_BOUND;
      this.updateStatus(i);
      this.updateStatus(j);
      if (wasUpperI !== (status[i] === UPPER_BOUND)) {
        const rowI = q.kernelRow(i);
        const s = (wasUpperI ? -C : C) * yi;
        for (let k = 0; k < l; k++) Gbar[k]! += y[k]! * (s * rowI[group[k]!]!);
      }
      if (wasUpperJ !== (status[j] === UPPER_BOUND)) {
        const rowJ = q.kernelRow(j);
        const s = (wasUpperJ ? -C : C) * yj;
        for (let k = 0; k < l; k++) Gbar[k]! += y[k]! * (s * rowJ[group[k]!]!);
      }
    }

    const hitIterationLimit = iter >= maxIter;
    if (hitIterationLimit && this.activeSize < l) {
      this.reconstructGradient();
      this.activeSize = l;
      activeRows.invalidate();
    }

    const rho = this.calculateRho();
    let v = 0;
    for (let t = 0; t < l; t++) v += alpha[t]! * (G[t]! + this.p[t]!);

    const solution = new Float64Array(l);
    for (let t = 0; t < l; t++) solution[this.activeSet[t]!] = alpha[t]!;
    return { alpha: solution, rho, objective: v / 2, iterations: iter, hitIterationLimit };
  }

  private updateStatus(i: number): void {
    const a = this.alpha[i]!;
    this.status[i] = a >= this.C ? UPPER_BOUND : a <= 0 ? LOWER_BOUND : FREE;
  }

  private initGradient(): void {
    const { l, alpha, G, Gbar, status, p, q, C, y, group } = this;
    for (let t = 0; t < l; t++) {
      G[t] = p[t]!;
      Gbar[t] = 0;
    }
    for (let i = 0; i < l; i++) {
      if (status[i] === LOWER_BOUND) continue;
      const rowI = q.kernelRow(i);
      const ai = alpha[i]!;
      const yi = y[i]!;
      for (let j = 0; j < l; j++) G[j]! += ai * (yi * y[j]! * rowI[group[j]!]!);
      if (status[i] === UPPER_BOUND) {
        for (let j = 0; j < l; j++) Gbar[j]! += C * (yi * y[j]! * rowI[group[j]!]!);
      }
    }
  }

  /** Sets outI/outJ and returns false, or returns true when the active set is optimal. */
  private selectWorkingSet(): boolean {
    const { G, y, status } = this;
    const activeSize = this.activeSize;
    let Gmax = Number.NEGATIVE_INFINITY;
    let Gmax2 = Number.NEGATIVE_INFINITY;
    let GmaxIdx = -1;
    let GminIdx = -1;
    let objDiffMin = Number.POSITIVE_INFINITY;

    // i: maximises -y_i grad_i over I_up.
    for (let t = 0; t < activeSize; t++) {
      if (y[t] === 1) {
        if (status[t] !== UPPER_BOUND && -G[t]! >= Gmax) {
          Gmax = -G[t]!;
          GmaxIdx = t;
        }
      } else if (status[t] !== LOWER_BOUND && G[t]! >= Gmax) {
        Gmax = G[t]!;
        GmaxIdx = t;
      }
    }

    // When there is no i, Gmax is -inf, every grad_diff is <= 0 and kernelI is never read.
    const kernelI = GmaxIdx !== -1 ? this.activeRows.get(GmaxIdx, activeSize) : this.kernelI;
    this.kernelI = kernelI;

    // j: the largest second-order decrease of the objective over I_low.
    for (let j = 0; j < activeSize; j++) {
      if (y[j] === 1) {
        if (status[j] !== LOWER_BOUND) {
          const gradDiff = Gmax + G[j]!;
          if (G[j]! >= Gmax2) Gmax2 = G[j]!;
          if (gradDiff > 0) {
            // LIBSVM: QD_i + QD_j - 2 y_i Q_ij, and y_i Q_ij = y_j K_ij = K_ij here.
            const quadCoef = QD_SUM - 2 * kernelI[j]!;
            const objDiff = -(gradDiff * gradDiff) / (quadCoef > 0 ? quadCoef : TAU);
            if (objDiff <= objDiffMin) {
              GminIdx = j;
              objDiffMin = objDiff;
            }
          }
        }
      } else if (status[j] !== UPPER_BOUND) {
        const gradDiff = Gmax - G[j]!;
        if (-G[j]! >= Gmax2) Gmax2 = -G[j]!;
        if (gradDiff > 0) {
          // LIBSVM: QD_i + QD_j + 2 y_i Q_ij, and y_i Q_ij = y_j K_ij = -K_ij here.
          const quadCoef = QD_SUM - 2 * kernelI[j]!;
          const objDiff = -(gradDiff * gradDiff) / (quadCoef > 0 ? quadCoef : TAU);
          if (objDiff <= objDiffMin) {
            GminIdx = j;
            objDiffMin = objDiff;
          }
        }
      }
    }

    if (Gmax + Gmax2 < this.eps || GminIdx === -1) return true;
    this.outI = GmaxIdx;
    this.outJ = GminIdx;
    return false;
  }

  private isShrinkable(t: number, Gmax1: number, Gmax2: number): boolean {
    const st = this.status[t];
    const g = this.G[t]!;
    if (st === UPPER_BOUND) return this.y[t] === 1 ? -g > Gmax1 : -g > Gmax2;
    if (st === LOWER_BOUND) return this.y[t] === 1 ? g > Gmax2 : g > Gmax1;
    return false;
  }

  private doShrinking(): void {
    const { G, y, status } = this;
    let Gmax1 = Number.NEGATIVE_INFINITY; // max { -y_t grad_t | t in I_up }
    let Gmax2 = Number.NEGATIVE_INFINITY; // max { y_t grad_t | t in I_low }
    for (let t = 0; t < this.activeSize; t++) {
      const g = G[t]!;
      if (y[t] === 1) {
        if (status[t] !== UPPER_BOUND && -g >= Gmax1) Gmax1 = -g;
        if (status[t] !== LOWER_BOUND && g >= Gmax2) Gmax2 = g;
      } else {
        if (status[t] !== UPPER_BOUND && -g >= Gmax2) Gmax2 = -g;
        if (status[t] !== LOWER_BOUND && g >= Gmax1) Gmax1 = g;
      }
    }

    // Near the end, bring every variable back once so none is left out wrongly.
    if (!this.unshrink && Gmax1 + Gmax2 <= this.eps * 10) {
      this.unshrink = true;
      this.reconstructGradient();
      this.activeSize = this.l;
    }

    for (let t = 0; t < this.activeSize; t++) {
      if (!this.isShrinkable(t, Gmax1, Gmax2)) continue;
      this.activeSize--;
      while (this.activeSize > t) {
        if (!this.isShrinkable(this.activeSize, Gmax1, Gmax2)) {
          this.swapIndex(t, this.activeSize);
          break;
        }
        this.activeSize--;
      }
    }
    this.activeRows.invalidate(); // variables were reordered or the active set resized
  }

  /** Recomputes the gradient of the inactive (shrunk) variables from Gbar and the free ones. */
  private reconstructGradient(): void {
    const { l, G, Gbar, p, status, alpha, q, y, group } = this;
    const activeSize = this.activeSize;
    if (activeSize === l) return;
    for (let j = activeSize; j < l; j++) G[j] = Gbar[j]! + p[j]!;
    let nrFree = 0;
    for (let j = 0; j < activeSize; j++) if (status[j] === FREE) nrFree++;

    // LIBSVM compares in 32-bit int arithmetic; Math.imul reproduces its wrap-around for large l.
    if (Math.imul(nrFree, l) > Math.imul(2 * activeSize, l - activeSize)) {
      for (let i = activeSize; i < l; i++) {
        const rowI = q.kernelRow(i);
        const yi = y[i]!;
        let g = G[i]!;
        for (let j = 0; j < activeSize; j++) {
          if (status[j] === FREE) g += alpha[j]! * (yi * y[j]! * rowI[group[j]!]!);
        }
        G[i] = g;
      }
    } else {
      for (let i = 0; i < activeSize; i++) {
        if (status[i] !== FREE) continue;
        const rowI = q.kernelRow(i);
        const ai = alpha[i]!;
        const yi = y[i]!;
        for (let j = activeSize; j < l; j++) G[j]! += ai * (yi * y[j]! * rowI[group[j]!]!);
      }
    }
  }

  private swapIndex(i: number, j: number): void {
    this.q.swapIndex(i, j); // also swaps y and group, which are q's arrays
    swapIn(this.G, i, j);
    swapIn(this.status, i, j);
    swapIn(this.alpha, i, j);
    swapIn(this.p, i, j);
    swapIn(this.activeSet, i, j);
    swapIn(this.Gbar, i, j);
  }

  /** LIBSVM's bias: mean of y_t grad_t over free variables, else the midpoint of its bounds. */
  private calculateRho(): number {
    const { G, y, status } = this;
    let nrFree = 0;
    let ub = Number.POSITIVE_INFINITY;
    let lb = Number.NEGATIVE_INFINITY;
    let sumFree = 0;
    for (let t = 0; t < this.activeSize; t++) {
      const yG = y[t]! * G[t]!;
      if (status[t] === UPPER_BOUND) {
        if (y[t] === -1) ub = Math.min(ub, yG);
        else lb = Math.max(lb, yG);
      } else if (status[t] === LOWER_BOUND) {
        if (y[t] === 1) ub = Math.min(ub, yG);
        else lb = Math.max(lb, yG);
      } else {
        ++nrFree;
        sumFree += yG;
      }
    }
    return nrFree > 0 ? sumFree / nrFree : (ub + lb) / 2;
  }
}

function swapIn(a: Int8Array | Uint8Array | Int32Array | Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}
