import { useI18n } from '../../i18n/I18nProvider.tsx';

function show(value: unknown): string {
  return value === null || value === undefined ? '—' : JSON.stringify(value, null, 2);
}

/** Before/after snapshots are arbitrary JSON; keep them folded so the table stays scannable. */
export function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useI18n();
  if ((before === null || before === undefined) && (after === null || after === undefined)) return null;
  return (
    <details className="audit-changes">
      <summary>{t('audit.changes')}</summary>
      <dl>
        <dt>{t('audit.before')}</dt>
        <dd>
          <pre>{show(before)}</pre>
        </dd>
        <dt>{t('audit.after')}</dt>
        <dd>
          <pre>{show(after)}</pre>
        </dd>
      </dl>
    </details>
  );
}
