import { describe, expect, test } from 'vitest';
import { pca } from '../../../src/engine/stats/pca.ts';

// R's USArrests data set (McNeil 1977; in R's base `datasets`): Murder, Assault, UrbanPop, Rape.
const USARRESTS = [
  [13.2, 236, 58, 21.2],
  [10, 263, 48, 44.5],
  [8.1, 294, 80, 31],
  [8.8, 190, 50, 19.5],
  [9, 276, 91, 40.6],
  [7.9, 204, 78, 38.7],
  [3.3, 110, 77, 11.1],
  [5.9, 238, 72, 15.8],
  [15.4, 335, 80, 31.9],
  [17.4, 211, 60, 25.8],
  [5.3, 46, 83, 20.2],
  [2.6, 120, 54, 14.2],
  [10.4, 249, 83, 24],
  [7.2, 113, 65, 21],
  [2.2, 56, 57, 11.3],
  [6, 115, 66, 18],
  [9.7, 109, 52, 16.3],
  [15.4, 249, 66, 22.2],
  [2.1, 83, 51, 7.8],
  [11.3, 300, 67, 27.8],
  [4.4, 149, 85, 16.3],
  [12.1, 255, 74, 35.1],
  [2.7, 72, 66, 14.9],
  [16.1, 259, 44, 17.1],
  [9, 178, 70, 28.2],
  [6, 109, 53, 16.4],
  [4.3, 102, 62, 16.5],
  [12.2, 252, 81, 46],
  [2.1, 57, 56, 9.5],
  [7.4, 159, 89, 18.8],
  [11.4, 285, 70, 32.1],
  [11.1, 254, 86, 26.1],
  [13, 337, 45, 16.1],
  [0.8, 45, 44, 7.3],
  [7.3, 120, 75, 21.4],
  [6.6, 151, 68, 20],
  [4.9, 159, 67, 29.3],
  [6.3, 106, 72, 14.9],
  [3.4, 174, 87, 8.3],
  [14.4, 279, 48, 22.5],
  [3.8, 86, 45, 12.8],
  [13.2, 188, 59, 26.9],
  [12.7, 201, 80, 25.5],
  [3.2, 120, 80, 22.9],
  [2.2, 48, 32, 11.2],
  [8.5, 156, 63, 20.7],
  [4, 145, 73, 26.2],
  [5.7, 81, 39, 9.3],
  [2.6, 53, 66, 10.8],
  [6.8, 161, 60, 15.6],
];

// `prcomp(USArrests, scale. = TRUE)` as printed by R (e.g. the PCA lab of James et al., ISLR).
const R_SDEV = [1.5748783, 0.9948694, 0.5971291, 0.4164494];
const R_ROTATION = [
  [-0.5358995, 0.4181809, -0.3412327, 0.6492278],
  [-0.5831836, 0.1879856, -0.2681484, -0.74340748],
  [-0.2781909, -0.8728062, -0.3780158, 0.13387773],
  [-0.5434321, -0.1673186, 0.8177779, 0.08902432],
];

describe('PCA against R prcomp on USArrests', () => {
  test('standard deviations and loadings match R (loadings up to the sign of each component)', () => {
    const columns = [0, 1, 2, 3].map((j) => USARRESTS.map((row) => row[j]!));
    const r = pca(columns);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    R_SDEV.forEach((sd, k) => {
      expect(r.value.sdev[k]).toBeCloseTo(sd, 6);
    });
    for (let k = 0; k < 4; k++) {
      // R's signs come from LAPACK; ours make the loading sum positive. Align on variable 0.
      const sign = Math.sign(r.value.loadings[k]!) * Math.sign(R_ROTATION[0]![k]!);
      for (let i = 0; i < 4; i++)
        expect(sign * r.value.loadings[i * 4 + k]!).toBeCloseTo(R_ROTATION[i]![k]!, 6);
    }
  });
});
