/** Every route of docs/api-contract-benchmark.md, as OpenAPI path templates. */
export const BENCHMARK_ROUTES = [
  'get /api/orgs/{slug}/benchmark/framework',
  'get /api/orgs/{slug}/benchmark/cities',
  'get /api/orgs/{slug}/benchmark/editions',
  'post /api/orgs/{slug}/benchmark/editions',
  'get /api/orgs/{slug}/benchmark/editions/{number}',
  'get /api/orgs/{slug}/benchmark/editions/{number}/model-input',
  'get /api/orgs/{slug}/benchmark/cities/{code}',
  'get /api/orgs/{slug}/benchmark/compare',
  'post /api/orgs/{slug}/benchmark/editions/{number}/factor-values',
  'post /api/orgs/{slug}/benchmark/editions/{number}/assessments',
  'post /api/orgs/{slug}/benchmark/editions/{number}/build',
  'post /api/orgs/{slug}/benchmark/editions/{number}/publish',
  'get /api/orgs/{slug}/benchmark/editions/{number}/export',
];
