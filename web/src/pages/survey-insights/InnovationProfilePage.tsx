import { PlaceholderPage } from '../PlaceholderPage.tsx';

/** The city's innovation-capacity profile against the surveyed peers (like seed 002). */
export function InnovationProfilePage() {
  return <PlaceholderPage module="surveys" />;
}
