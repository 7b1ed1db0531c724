/**
 * Drives Debian's LIBSVM command-line tools (package `libsvm-tools`): writes data in LIBSVM's
 * sparse text format, runs `svm-train` / `svm-predict`, and reads the model file back.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { SvrData, SvrParams } from '../../../../src/engine/svr/types.ts';

/** True when `svm-train` and `svm-predict` can be run. */
export function libsvmAvailable(): boolean {
  return ['svm-train', 'svm-predict'].every((tool) => {
    const run = spawnSync(tool, [], { encoding: 'utf8' });
    return run.error === undefined; // both print usage and exit 1 without arguments
  });
}

/**
 * One example per line: `target index:value ...`, 1-based indices, zeros omitted. `String(x)`
 * prints the shortest text that reads back (via strtod) as the same double.
 */
export function writeLibsvmData(path: string, data: SvrData, targets: Float64Array): void {
  const lines: string[] = [];
  for (let i = 0; i < data.nRows; i++) {
    const cells = [String(targets[i]!)];
    for (let f = 0; f < data.nFeatures; f++) {
      const v = data.features[i * data.nFeatures + f]!;
      if (v !== 0) cells.push(`${f + 1}:${String(v)}`);
    }
    lines.push(cells.join(' '));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/**
 * The parameters as Debian's `svm-train` 3.24 actually uses them: it keeps -c, -p, -g and -e in
 * single precision (seen in gdb: `-p 0.01` arrives in svm_train as 0.0099999997764825821). Both
 * sides of a comparison must train with these values, or the results differ in the 8th digit.
 */
export function asSvmTrainReads(params: SvrParams): SvrParams {
  return {
    ...params,
    C: Math.fround(params.C),
    epsilon: Math.fround(params.epsilon),
    gamma: Math.fround(params.gamma),
    tolerance: Math.fround(params.tolerance),
  };
}

/** `svm-train -s 3 -t 2` arguments for the given parameters. */
export function svmTrainArgs(params: SvrParams, trainPath: string, modelPath: string): string[] {
  // biome-ignore format: an option and its value on one line read best
  return [
    '-s', '3', '-t', '2',
    '-c', String(params.C),
    '-p', String(params.epsilon),
    '-g', String(params.gamma),
    '-e', String(params.tolerance),
    '-h', params.shrinking ? '1' : '0',
    '-m', String(params.cacheSizeMb),
    '-q',
    trainPath, modelPath,
  ];
}

export function runTool(tool: string, args: string[]): void {
  const run = spawnSync(tool, args, { encoding: 'utf8' });
  if (run.error !== undefined) throw run.error;
  if (run.status !== 0) throw new Error(`${tool} ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
}

export interface LibsvmModel {
  gamma: number;
  rho: number;
  coefficients: number[];
  /** Dense support vectors, in the model file's order (ascending training index). */
  supportVectors: Float64Array[];
}

export function readLibsvmModel(path: string, nFeatures: number): LibsvmModel {
  const lines = readFileSync(path, 'utf8').split('\n');
  const header = new Map<string, string>();
  let k = 0;
  for (; k < lines.length && lines[k] !== 'SV'; k++) {
    const line = lines[k]!;
    const space = line.indexOf(' ');
    header.set(line.slice(0, space), line.slice(space + 1));
  }
  if (header.get('svm_type') !== 'epsilon_svr' || header.get('kernel_type') !== 'rbf') {
    throw new Error(`${path} is not an epsilon-SVR RBF model`);
  }
  const coefficients: number[] = [];
  const supportVectors: Float64Array[] = [];
  for (const line of lines.slice(k + 1)) {
    if (line.trim() === '') continue;
    const [coef, ...cells] = line.trim().split(' ');
    const sv = new Float64Array(nFeatures);
    for (const cell of cells) {
      const [index, value] = cell.split(':');
      sv[Number(index) - 1] = Number(value);
    }
    coefficients.push(Number(coef));
    supportVectors.push(sv);
  }
  const totalSv = Number(header.get('total_sv'));
  if (totalSv !== coefficients.length)
    throw new Error(`${path}: total_sv ${totalSv}, read ${coefficients.length}`);
  return { gamma: Number(header.get('gamma')), rho: Number(header.get('rho')), coefficients, supportVectors };
}

/** Runs `svm-predict` and returns its predictions (printed with 17 significant digits). */
export function runSvmPredict(dataPath: string, modelPath: string, outPath: string): Float64Array {
  runTool('svm-predict', ['-q', dataPath, modelPath, outPath]);
  const values = readFileSync(outPath, 'utf8').trim().split('\n').map(Number);
  return Float64Array.from(values);
}
