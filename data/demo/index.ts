/** SYNTHETIC demo data for CityBench (seeded, labelled; see generate.ts). Entry: `demoEditions(seed)`. */
export { DEMO_SEED, demoEditions } from './demo-editions.ts';
export { demoEditionInput } from './edition-input.ts';
export { DEMO_AREAS, DEMO_FACTORS, type DemoArea, type DemoFactor } from './factor-catalogue.ts';
export {
  DEMO_DIMENSIONS,
  DEMO_EDITION_SPECS,
  DEMO_SECTORS,
  type DemoAssessments,
  type DemoCity,
  type DemoData,
  type DemoEdition,
  type DemoEditionSpec,
  type DemoOptions,
  demoProvenance,
  generateDemoEditions,
} from './generate.ts';
export { loadDemoCities } from './load-cities.ts';
