/**
 * Trains the TypeScript SVR and native LIBSVM on the same data and parameters, and returns both
 * models and both sets of training-set predictions for comparison.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultSvrParams } from '../../../../src/engine/svr/params.ts';
import { predictSvr } from '../../../../src/engine/svr/predict.ts';
import { trainSvr } from '../../../../src/engine/svr/train.ts';
import type { SvrModel, SvrParams } from '../../../../src/engine/svr/types.ts';
import {
  asSvmTrainReads,
  type LibsvmModel,
  readLibsvmModel,
  runSvmPredict,
  runTool,
  svmTrainArgs,
  writeLibsvmData,
} from './libsvm-cli.ts';
import type { RegressionSet } from './synthetic-data.ts';

export interface BothModels {
  params: SvrParams;
  ours: SvrModel;
  ourPredictions: Float64Array;
  native: LibsvmModel;
  nativePredictions: Float64Array;
}

export function trainBoth(set: RegressionSet, given: Partial<SvrParams>): BothModels {
  const params = asSvmTrainReads({ ...defaultSvrParams(set.data.nFeatures), ...given });
  const trained = trainSvr(set.data, set.targets, params);
  if (!trained.ok) throw new Error(trained.errors.map((e) => e.message).join('; '));
  const predicted = predictSvr(trained.value, set.data);
  if (!predicted.ok) throw new Error(predicted.errors.map((e) => e.message).join('; '));

  const dir = mkdtempSync(path.join(tmpdir(), 'citybench-svr-'));
  try {
    const dataPath = path.join(dir, 'train.txt');
    const modelPath = path.join(dir, 'model.txt');
    writeLibsvmData(dataPath, set.data, set.targets);
    runTool('svm-train', svmTrainArgs(params, dataPath, modelPath));
    const native = readLibsvmModel(modelPath, set.data.nFeatures);
    const nativePredictions = runSvmPredict(dataPath, modelPath, path.join(dir, 'predictions.txt'));
    return { params, ours: trained.value, ourPredictions: predicted.value, native, nativePredictions };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Largest absolute difference between two equally long sequences. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
  return worst;
}
