import { PlaceholderPage } from '../PlaceholderPage.tsx';

/** The public answering page of a survey (/respond/{token}). */
export function RespondPage() {
  return <PlaceholderPage module="surveys" />;
}
