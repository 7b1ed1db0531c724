/**
 * Writes smooth-30x3.json: a small data set and what Debian's LIBSVM 3.24 (`svm-train -s 3 -t 2`,
 * `svm-predict`) makes of it, so the SVR can be checked against LIBSVM on machines without
 * libsvm-tools. Regenerate with `npx tsx test/golden/svr/generate.ts` (needs libsvm-tools).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultSvrParams } from '../../../src/engine/svr/params.ts';
import {
  asSvmTrainReads,
  readLibsvmModel,
  runSvmPredict,
  runTool,
  svmTrainArgs,
  writeLibsvmData,
} from '../../engine/svr/support/libsvm-cli.ts';
import { smoothRegressionSet } from '../../engine/svr/support/synthetic-data.ts';

const set = smoothRegressionSet(30, 3, 41);
const params = asSvmTrainReads({ ...defaultSvrParams(3), C: 4, epsilon: 0.05 });
const dir = mkdtempSync(path.join(tmpdir(), 'citybench-svr-golden-'));
try {
  const dataPath = path.join(dir, 'train.txt');
  const modelPath = path.join(dir, 'model.txt');
  writeLibsvmData(dataPath, set.data, set.targets);
  runTool('svm-train', svmTrainArgs(params, dataPath, modelPath));
  const model = readLibsvmModel(modelPath, 3);
  const predictions = runSvmPredict(dataPath, modelPath, path.join(dir, 'out.txt'));

  // The model file lists support vectors in training order; the rows here are all distinct.
  const supportIndices: number[] = [];
  let row = 0;
  for (const sv of model.supportVectors) {
    while (!sv.every((v, f) => v === set.data.features[row * 3 + f])) row++;
    supportIndices.push(row++);
  }
  const golden = {
    source: 'Debian libsvm-tools 3.24+ds-6: svm-train -s 3 -t 2 -c C -p epsilon -g gamma -e tolerance',
    params,
    nFeatures: 3,
    features: Array.from(set.data.features),
    targets: Array.from(set.targets),
    supportIndices,
    coefficients: model.coefficients,
    rho: model.rho,
    predictions: Array.from(predictions),
  };
  writeFileSync(path.join(import.meta.dirname, 'smooth-30x3.json'), `${JSON.stringify(golden, null, 1)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
