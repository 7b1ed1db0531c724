import { useI18n } from '../../i18n/I18nProvider.tsx';

/** Places gained (▲) or lost (▼) since the previous edition, with a spoken equivalent. */
export function RankChange({ change }: { change: number | null }) {
  const { t } = useI18n();
  if (change === null) return <span className="missing">–</span>;
  if (change === 0) return <span title={t('change.same')}>0</span>;
  const up = change > 0;
  const text = up ? t('change.up', { n: change }) : t('change.down', { n: -change });
  return (
    <span className={up ? 'change-up' : 'change-down'} title={text}>
      <span aria-hidden="true">
        {up ? '▲' : '▼'}
        {Math.abs(change)}
      </span>
      <span className="visually-hidden">{text}</span>
    </span>
  );
}
