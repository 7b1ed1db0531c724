/** The demo editions as the app ships them: the repository's 76 cities and a fixed seed. */
import { type DemoData, type DemoOptions, generateDemoEditions } from './generate.ts';
import { loadDemoCities } from './load-cities.ts';

export const DEMO_SEED = 42;

export function demoEditions(seed = DEMO_SEED, options: Partial<DemoOptions> = {}): DemoData {
  return generateDemoEditions(seed, loadDemoCities(), options);
}
