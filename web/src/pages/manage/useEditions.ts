import { useCallback, useEffect, useState } from 'react';
import { type EditionSummary, listEditions } from '../../api/benchmark.ts';
import { ApiError } from '../../api/problem.ts';
import type { Loadable } from '../../components/useApiData.ts';

/**
 * The organisation's editions. `refresh` re-reads them in the background (after a create,
 * import, build or publish) without going back to "loading", so the page keeps its state.
 */
export function useEditions(slug: string): [Loadable<EditionSummary[]>, () => Promise<void>] {
  const [state, setState] = useState<Loadable<EditionSummary[]>>({ status: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const { items } = await listEditions(slug);
      setState({ status: 'ready', data: items });
    } catch (error) {
      setState((current) =>
        current.status === 'ready'
          ? current
          : {
              status: 'error',
              error: error instanceof ApiError ? error : new ApiError(0, { title: String(error) }),
            },
      );
    }
  }, [slug]);

  useEffect(() => {
    setState({ status: 'loading' });
    void refresh();
  }, [refresh]);

  return [state, refresh];
}
