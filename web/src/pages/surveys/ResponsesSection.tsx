import { Loaded } from '../../components/Loaded.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useApiData } from '../../components/useApiData.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { type InvitationView, listInvitations } from './api.ts';
import { formatDateTime, stateKey } from './common.tsx';
import type { SectionProps } from './SurveyPage.tsx';

const ORDER: Record<InvitationView['state'], number> = { submitted: 0, in_progress: 1, not_started: 2 };

/** Who has answered: every invitation with its state, and the submissions through each open link. */
export function ResponsesSection({ slug, survey }: SectionProps) {
  const { t, language } = useI18n();
  const [invitations, reload] = useApiData(`survey-invitations:${slug}:${survey.id}`, () =>
    listInvitations(slug, survey.id),
  );
  return (
    <>
      <p className="lead" data-testid="responses-counts">
        {t('surveys.overview.countsValue', {
          submitted: survey.counts.submitted,
          started: Math.max(0, survey.counts.started - survey.counts.submitted),
        })}
      </p>
      <section className="manage-step" aria-labelledby="responses-invitations-heading">
        <h2 id="responses-invitations-heading">{t('surveys.responses.channel.invitation')}</h2>
        <Loaded value={invitations} onRetry={reload}>
          {(items: InvitationView[]) =>
            items.length === 0 ? (
              <p className="muted">{t('surveys.responses.empty')}</p>
            ) : (
              <TableScroll label={t('surveys.responses.caption')}>
                <table className="data-table" data-testid="responses-table">
                  <caption>{t('surveys.responses.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('surveys.column.name')}</th>
                      <th scope="col">{t('surveys.column.group')}</th>
                      <th scope="col">{t('surveys.column.invitationStatus')}</th>
                      <th scope="col">{t('surveys.responses.language')}</th>
                      <th scope="col">{t('surveys.column.invitedAt')}</th>
                      <th scope="col">{t('surveys.responses.submitted')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...items]
                      .sort(
                        (a, b) =>
                          ORDER[a.state] - ORDER[b.state] ||
                          (b.usedAt ?? b.createdAt).localeCompare(a.usedAt ?? a.createdAt),
                      )
                      .map((i) => (
                        <tr key={i.id}>
                          <th scope="row">{i.name}</th>
                          <td>{i.group ?? ''}</td>
                          <td>
                            <span className={`invitation-state invitation-state-${i.state}`}>
                              {t(stateKey(i.state))}
                            </span>
                          </td>
                          <td>{t(i.locale === 'ko' ? 'surveys.language.ko' : 'surveys.language.en')}</td>
                          <td className="nowrap">{formatDateTime(i.createdAt, language)}</td>
                          <td className="nowrap">{formatDateTime(i.usedAt, language)}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </TableScroll>
            )
          }
        </Loaded>
      </section>
      <section className="manage-step" aria-labelledby="responses-links-heading">
        <h2 id="responses-links-heading">{t('surveys.responses.channel.open')}</h2>
        {survey.links.length === 0 ? (
          <p className="muted">{t('surveys.openLink.none')}</p>
        ) : (
          <TableScroll label={t('surveys.openLink.caption')}>
            <table className="data-table">
              <caption>{t('surveys.openLink.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('surveys.openLink.label')}</th>
                  <th scope="col">{t('surveys.column.group')}</th>
                  <th scope="col" className="numeric">
                    {t('surveys.column.quota')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {survey.links.map((link) => (
                  <tr key={link.id}>
                    <th scope="row">{link.label}</th>
                    <td>{link.group ?? ''}</td>
                    <td className="numeric">
                      {link.quota === null
                        ? t('surveys.openLink.usedNoQuota', { submitted: link.submitted })
                        : t('surveys.openLink.used', { submitted: link.submitted, quota: link.quota })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}
