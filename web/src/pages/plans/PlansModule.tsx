import { PlaceholderPage } from '../PlaceholderPage.tsx';

/** The plans module: every page under /plans (the sub-path is read here). */
export function PlansModule() {
  return <PlaceholderPage module="plans" />;
}
