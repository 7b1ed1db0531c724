import { useCallback, useEffect, useState } from 'react';
import type { AuditEntry } from '../../../../src/services/contract.ts';
import { listAudit } from '../../api/endpoints.ts';
import { ApiError } from '../../api/problem.ts';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { localeOf } from '../../i18n/language.ts';
import { AuditChanges } from './AuditChanges.tsx';

const PAGE_SIZE = 50;

interface AuditPages {
  items: AuditEntry[];
  next: string | null;
  loaded: boolean;
}

/** Newest first; "load older" follows the server's `next` cursor and appends. */
export function AuditLog({ organisationName }: { organisationName: string }) {
  const { t, language } = useI18n();
  const [pages, setPages] = useState<AuditPages>({ items: [], next: null, loaded: false });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const timeFormat = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' });

  const loadPage = useCallback(async (before: string | null) => {
    setLoading(true);
    setError(null);
    try {
      const page = await listAudit({ limit: PAGE_SIZE, before });
      setPages((current) => ({
        items: before ? [...current.items, ...page.items] : page.items,
        next: page.next,
        loaded: true,
      }));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, { title: String(caught) }));
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void loadPage(null);
  }, [loadPage]);

  return (
    <section className="card" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('audit.heading')}</h2>
      {error ? <ProblemMessage error={error} onRetry={() => void loadPage(pages.next)} /> : null}
      {pages.loaded && pages.items.length === 0 ? <p>{t('audit.empty')}</p> : null}
      {pages.items.length > 0 ? (
        <TableScroll label={t('audit.caption', { organisation: organisationName })}>
          <table className="data-table" data-testid="audit-table">
            <caption>{t('audit.caption', { organisation: organisationName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.entity')}</th>
                <th scope="col">{t('audit.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {pages.items.map((entry) => (
                <tr key={entry.id}>
                  <td className="nowrap">
                    <time dateTime={entry.at}>{timeFormat.format(new Date(entry.at))}</time>
                  </td>
                  <td>{entry.actor.email ?? t('audit.system')}</td>
                  <td>
                    <code>{entry.action}</code>
                  </td>
                  <td>
                    {entry.entity}
                    {entry.entityId ? <span className="muted"> · {entry.entityId}</span> : null}
                  </td>
                  <td>
                    <AuditChanges before={entry.before} after={entry.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {loading ? <p role="status">{t('app.loading')}</p> : null}
      {pages.next && !loading ? (
        <button type="button" className="button button-secondary" onClick={() => void loadPage(pages.next)}>
          {t('audit.more')}
        </button>
      ) : null}
      {pages.loaded && !pages.next && pages.items.length > 0 ? (
        <p className="muted">{t('audit.end')}</p>
      ) : null}
    </section>
  );
}
