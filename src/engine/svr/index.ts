/** Epsilon-SVR with an RBF kernel, a TypeScript port of LIBSVM 3.24's solver. */
export { defaultSvrParams, resolveSvrParams } from './params.ts';
export { predictPoint, predictSvr } from './predict.ts';
export { trainSvr } from './train.ts';
export type { SvrData, SvrModel, SvrParams } from './types.ts';
