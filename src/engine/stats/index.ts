/** Statistics primitives: seeded RNG, descriptive statistics, correlation, linear algebra, PCA, reliability, weights. */
export * from './correlation.ts';
export * from './descriptive.ts';
export * from './eigen.ts';
export * from './matrix.ts';
export * from './nelder-mead.ts';
export * from './pca.ts';
export * from './reliability.ts';
export * from './rng.ts';
export * from './weights-noisy.ts';
export * from './weights-optimised.ts';
export * from './weights-pca.ts';
