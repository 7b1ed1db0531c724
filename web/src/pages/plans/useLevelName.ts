import { useI18n } from '../../i18n/I18nProvider.tsx';
import { levelKey } from './planView.ts';

/** A level's name in the page language; a level the plan invented is shown as typed. */
export function useLevelName(): (level: string) => string {
  const { t } = useI18n();
  return (level: string) => {
    const key = levelKey(level);
    return key ? t(key) : level;
  };
}
