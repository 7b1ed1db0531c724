import { useEffect, useRef } from 'react';
import { AppShell } from './components/AppShell.tsx';
import { ProblemMessage } from './components/ProblemMessage.tsx';
import { AdminPage } from './pages/admin/AdminPage.tsx';
import { BenchmarkPage } from './pages/benchmark/BenchmarkPage.tsx';
import { CityPage } from './pages/city/CityPage.tsx';
import { ComparePage } from './pages/compare/ComparePage.tsx';
import { BenchmarkSubNav } from './pages/editions/BenchmarkSubNav.tsx';
import { RankingsPage } from './pages/editions/RankingsPage.tsx';
import { ManagePage } from './pages/manage/ManagePage.tsx';
import { MapPage } from './pages/map/MapPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { PlansModule } from './pages/plans/PlansModule.tsx';
import { RespondPage } from './pages/respond/RespondPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { SurveysModule } from './pages/surveys/SurveysModule.tsx';
import { moduleOf, type RouteName, routeOf } from './router/routes.ts';
import { usePath } from './router/usePath.ts';
import { useSession } from './session/SessionProvider.tsx';

function Page({ route }: { route: RouteName }) {
  switch (route) {
    case 'benchmark':
      return <BenchmarkPage />;
    case 'editions':
    case 'edition':
      return <RankingsPage />;
    case 'city':
      return <CityPage />;
    case 'benchmarkMap':
      return <MapPage />;
    case 'compare':
      return <ComparePage />;
    case 'manage':
      return <ManagePage />;
    case 'surveys':
    case 'surveySection':
      return <SurveysModule />;
    case 'plans':
    case 'planSection':
      return <PlansModule />;
    case 'respond':
      return null; // rendered without the app shell, below
    case 'admin':
      return <AdminPage />;
    case 'signIn':
      return <SignInPage />;
    case 'notFound':
      return <NotFoundPage />;
  }
}

export function App() {
  const path = usePath();
  const route = routeOf(path);
  const { state, reload } = useSession();
  const firstRender = useRef(true);

  // After in-app navigation, move focus to the new page's heading like a full page load would.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on path changes only, by design.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [path]);

  // Respondents answer on a bare page (often a phone): no modules, no sign-in.
  if (route === 'respond') return <RespondPage />;

  return (
    <AppShell route={route}>
      {state.status === 'error' ? <ProblemMessage error={state.error} onRetry={reload} /> : null}
      {moduleOf(route) === 'benchmark' ? <BenchmarkSubNav route={route} /> : null}
      <Page route={route} />
    </AppShell>
  );
}
