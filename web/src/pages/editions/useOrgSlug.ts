import { useSession } from '../../session/SessionProvider.tsx';

/** The demo organisation's benchmark is public; a signed-in member sees their own organisation's. */
export const DEFAULT_ORG_SLUG = 'busan';

export function useOrgSlug(): string {
  const { state } = useSession();
  return state.status === 'signed-in' ? state.session.organisation.slug : DEFAULT_ORG_SLUG;
}
