import { useSyncExternalStore } from 'react';
import { currentPath, subscribeToPath } from './history.ts';

export function usePath(): string {
  return useSyncExternalStore(subscribeToPath, currentPath);
}
