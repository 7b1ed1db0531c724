/** The app's pages. Paths are the only place URLs are spelled out. */
export const ROUTES = {
  benchmark: '/benchmark',
  surveys: '/surveys',
  plans: '/plans',
  admin: '/admin',
  signIn: '/sign-in',
} as const;

export type RouteName = keyof typeof ROUTES | 'notFound';

export function routeOf(path: string): RouteName {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (trimmed === '/') return 'benchmark';
  for (const [name, routePath] of Object.entries(ROUTES)) {
    if (routePath === trimmed) return name as RouteName;
  }
  return 'notFound';
}
