import { useCallback, useEffect, useState } from 'react';
import type { PlanDetail } from '../../../../src/services/contract-plans.ts';
import { ApiError } from '../../api/problem.ts';
import type { Loadable } from '../../components/useApiData.ts';
import { getPlan } from './api.ts';

/**
 * One plan with its item tree and roll-ups. `refresh` re-reads it in the background after a
 * change (the page keeps its state and focus); a failed refresh keeps the last good data.
 */
export function usePlan(slug: string, planId: string): [Loadable<PlanDetail>, () => Promise<void>] {
  const [state, setState] = useState<Loadable<PlanDetail>>({ status: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const detail = await getPlan(slug, planId);
      setState({ status: 'ready', data: detail });
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
  }, [slug, planId]);

  useEffect(() => {
    setState({ status: 'loading' });
    void refresh();
  }, [refresh]);

  return [state, refresh];
}
