import { describe, expect, it } from 'vitest';
import {
  factorContributions,
  nearestPeers,
  peerMedians,
  prepareEdition,
  whatIf,
} from '../../../src/engine/fam/index.ts';
import { predictRespondentRating } from '../../../src/engine/fam/respondent-models.ts';
import { changedRow } from '../../../src/engine/fam/what-if.ts';
import { predictSvr, trainSvr } from '../../../src/engine/svr/index.ts';
import { randomEdition, SMALL_SIZE } from './support/editions.ts';

const input = randomEdition(7, SMALL_SIZE);
const prepared = (() => {
  const p = prepareEdition(input, { minAssessments: 3, bootstrapReplicates: 50 });
  if (!p.ok) throw new Error(p.errors.map((e) => e.message).join('; '));
  return p.value;
})();
const nCities = SMALL_SIZE.nCities;

describe('respondent table', () => {
  it("keeps actual ratings and fills the rest with that respondent's own SVR", () => {
    const models = prepared.overall.table.models[0]!;
    const r = models.personal.findIndex((m) => m !== null);
    expect(r).toBeGreaterThanOrEqual(0);
    const { scaled, nFeatures, gamma } = prepared.overall.features;
    const actual = prepared.survey.actual[0]!;
    const rated = [...Array(nCities).keys()].filter((c) => !Number.isNaN(actual[r * nCities + c]!));
    const rows = new Float64Array(rated.length * nFeatures);
    rated.forEach((c, i) => {
      rows.set(scaled.subarray(c * nFeatures, (c + 1) * nFeatures), i * nFeatures);
    });
    const model = trainSvr(
      { nRows: rated.length, nFeatures, features: rows },
      Float64Array.from(rated, (c) => actual[r * nCities + c]!),
      { ...prepared.params.svr, gamma },
    );
    if (!model.ok) throw new Error(model.errors[0]?.message);
    const direct = predictSvr(model.value, { nRows: nCities, nFeatures, features: scaled });
    if (!direct.ok) throw new Error(direct.errors[0]?.message);
    const row = prepared.overall.table.cells!.value[0]!.subarray(r * nCities, (r + 1) * nCities);
    for (let c = 0; c < nCities; c++) {
      const a = actual[r * nCities + c]!;
      if (!Number.isNaN(a)) expect(row[c]).toBe(a);
      else if (c === prepared.survey.home[r]) expect(row[c]).toBeNaN();
      else expect(row[c]).toBeCloseTo(Math.min(10, Math.max(1, direct.value[c]!)), 9);
    }
  });

  it('every participating respondent has a cell for every city but their home', () => {
    const value = prepared.overall.table.cells!.value[1]!;
    for (let r = 0; r < prepared.survey.nRespondents; r++) {
      if (prepared.survey.respondentWeight[1]![r] === 0) continue;
      for (let c = 0; c < nCities; c++) {
        expect(Number.isNaN(value[r * nCities + c]!)).toBe(c === prepared.survey.home[r]);
      }
    }
  });

  it('area models use only their own factors', () => {
    prepared.areas.forEach((area, a) => {
      const expected = [...Array(SMALL_SIZE.nFactors).keys()].filter((f) => input.factors.area[f] === a);
      expect([...area.features.factors]).toEqual(expected);
      expect(area.scores.rank.length).toBe(nCities);
    });
  });
});

describe('what-if', () => {
  it('with no change reproduces the edition exactly', () => {
    for (let c = 0; c < nCities; c++) {
      const w = whatIf(prepared, c, []);
      if (!w.ok) throw new Error(w.errors[0]?.message);
      expect(w.value.rating).toBe(prepared.result.overall.rating[c]);
      expect(w.value.rank).toBe(prepared.result.overall.rank[c]);
      expect(w.value.previousRank).toBe(prepared.result.overall.rank[c]);
    }
  });

  it("with another city's factors, predicts what respondents predicted for that city", () => {
    // City 0 takes city 1's raw factors. Its kernel row becomes city 1's, so each respondent's
    // predicted cell for city 0 equals their prediction at city 1; actual ratings of city 0 stay.
    const nF = SMALL_SIZE.nFactors;
    const changes = [...Array(nF).keys()].map((f) => ({
      factor: f,
      value: input.factors.missing[nF + f] ? null : input.factors.values[nF + f]!,
    }));
    const { scaled, nFeatures } = prepared.overall.features;
    expect([...changedRow(prepared, prepared.overall, 0, changes)]).toEqual([
      ...scaled.subarray(nFeatures, 2 * nFeatures),
    ]);
    const w = whatIf(prepared, 0, changes);
    if (!w.ok) throw new Error(w.errors[0]?.message);
    const { survey, params } = prepared;
    for (let d = 0; d < survey.nDimensions; d++) {
      let sumWv = 0;
      let sumW = 0;
      for (let r = 0; r < survey.nRespondents; r++) {
        const rw = survey.respondentWeight[d]![r]!;
        if (rw === 0) continue;
        const a = survey.actual[d]![r * nCities]!;
        if (!Number.isNaN(a)) {
          sumWv += survey.weight[d]![r * nCities]! * a;
          sumW += survey.weight[d]![r * nCities]!;
        } else if (survey.home[r] !== 0) {
          const models = prepared.overall.table.models[d]!;
          sumWv += rw * predictRespondentRating(models, r, prepared.overall.features.kernel, nCities, params);
          sumW += rw;
        }
      }
      expect(w.value.dimensionRating[d]).toBeCloseTo(sumWv / sumW, 12);
    }
    const higher = [...prepared.result.overall.rating].filter(
      (v, c) => c !== 0 && prepared.eligible[c] && v > w.value.rating,
    ).length;
    expect(w.value.rank).toBe(prepared.eligible[0] ? higher + 1 : 0);
  });

  it('recomputes only the areas whose factors changed', () => {
    const factor = 0;
    const area = input.factors.area[factor]!;
    const w = whatIf(prepared, 2, [{ factor, value: 1e3 }]);
    if (!w.ok) throw new Error(w.errors[0]?.message);
    w.value.areas.forEach((score, a) => {
      const before = prepared.result.areas[a]!;
      if (a === area) expect(score.score).not.toBe(before.score[2]);
      else expect(score.score).toBe(before.score[2]);
      expect(score.previousScore).toBe(before.score[2]);
    });
    expect(w.value.score).not.toBe(prepared.result.overall.score[2]);
  });

  it('rejects unknown cities and factors', () => {
    expect(whatIf(prepared, 99, []).ok).toBe(false);
    expect(whatIf(prepared, 0, [{ factor: 99, value: 1 }]).ok).toBe(false);
  });
});

describe('explanations', () => {
  it('a factor at the peer median contributes nothing', () => {
    const medians = peerMedians(prepared);
    const { scaled, nFeatures } = prepared.overall.features;
    let checked = 0;
    for (let c = 0; c < nCities; c++) {
      const contributions = factorContributions(prepared, c);
      expect(contributions.length).toBe(nFeatures);
      for (let f = 0; f < nFeatures; f++) {
        if (scaled[c * nFeatures + f] === medians[f]) {
          expect(contributions[f]).toBe(0);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('nearest peers exclude the city and come sorted by distance', () => {
    const peers = nearestPeers(prepared, 2, 3);
    expect(peers).toHaveLength(3);
    expect(peers.some((p) => p.city === 2)).toBe(false);
    for (let i = 1; i < peers.length; i++)
      expect(peers[i]!.distance).toBeGreaterThanOrEqual(peers[i - 1]!.distance);
  });
});

describe('bootstrap', () => {
  it('gives intervals that contain ranks between 1 and the number of ranked cities', () => {
    const b = prepared.result.bootstrap!;
    const ranked = prepared.eligible.reduce((n, e) => n + e, 0);
    for (let c = 0; c < nCities; c++) {
      if (!prepared.eligible[c]) continue;
      expect(b.rankP05[c]).toBeGreaterThanOrEqual(1);
      expect(b.rankP05[c]).toBeLessThanOrEqual(b.rankP95[c]!);
      expect(b.rankP95[c]).toBeLessThanOrEqual(ranked);
    }
  });
});
