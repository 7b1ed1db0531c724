/** The app's pages. Paths are the only place URLs are spelled out. */
export const ROUTES = {
  benchmark: '/benchmark',
  editions: '/benchmark/editions',
  benchmarkMap: '/benchmark/map',
  compare: '/benchmark/compare',
  manage: '/benchmark/manage',
  surveys: '/surveys',
  plans: '/plans',
  admin: '/admin',
  signIn: '/sign-in',
} as const;

/** Pages whose path carries a parameter (the edition number, the city code). */
const PATTERNS = {
  edition: /^\/benchmark\/editions\/(\d+)$/,
  city: /^\/benchmark\/cities\/([A-Za-z0-9_-]+)$/,
  /** Any page below /plans: the plans module reads the rest of the path itself (pages/plans). */
  planSection: /^\/plans\/(.+)$/,
  /** Any page below /surveys: the surveys module reads the rest of the path itself. */
  surveySection: /^\/surveys\/(.+)$/,
  /** The public answering page of a survey link or invitation (no sign-in, no app chrome). */
  respond: /^\/respond\/([A-Za-z0-9_-]+)$/,
} as const;

export type RouteName = keyof typeof ROUTES | keyof typeof PATTERNS | 'notFound';

function trimPath(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

export function routeOf(path: string): RouteName {
  const trimmed = trimPath(path);
  if (trimmed === '/') return 'benchmark';
  for (const [name, routePath] of Object.entries(ROUTES)) {
    if (routePath === trimmed) return name as RouteName;
  }
  for (const [name, pattern] of Object.entries(PATTERNS)) {
    if (pattern.test(trimmed)) return name as RouteName;
  }
  return 'notFound';
}

/** The parameter of a parameterised page, e.g. "11" for /benchmark/editions/11; null otherwise. */
export function routeParam(path: string, name: keyof typeof PATTERNS): string | null {
  return PATTERNS[name].exec(trimPath(path))?.[1] ?? null;
}

/** Sub-pages keep their module highlighted in the nav. */
export function moduleOf(route: RouteName): RouteName {
  if (route === 'planSection') return 'plans';
  if (route === 'surveySection') return 'surveys';
  return route === 'editions' ||
    route === 'edition' ||
    route === 'city' ||
    route === 'benchmarkMap' ||
    route === 'compare' ||
    route === 'manage'
    ? 'benchmark'
    : route;
}

export const editionPath = (edition: number) => `${ROUTES.editions}/${edition}`;
export const cityPath = (code: string) => `/benchmark/cities/${encodeURIComponent(code)}`;
export function comparePath(from: number, to: number): string {
  return `${ROUTES.compare}?${new URLSearchParams({ from: String(from), to: String(to) })}`;
}
