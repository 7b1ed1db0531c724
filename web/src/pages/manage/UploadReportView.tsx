import { TableScroll } from '../../components/TableScroll.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { UploadReport } from './uploadReport.ts';

/** The validation report of a rejected import: nothing was stored, and every bad row is listed. */
export function UploadReportView({
  fileName,
  title,
  report,
}: {
  fileName: string;
  title: string;
  report: UploadReport;
}) {
  const { t } = useI18n();
  return (
    <div className="notice notice-error upload-report" role="alert" data-testid="upload-report">
      <p className="notice-title">
        {report.rows.length > 0
          ? t('manage.reportHeading', { n: report.rows.length })
          : t('manage.reportHeadingFile')}
      </p>
      {title ? <p>{title}</p> : null}
      {report.other.length > 0 ? (
        <>
          <p>{t('manage.fileProblems')}</p>
          <ul className="plain-list">
            {report.other.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </>
      ) : null}
      {report.rows.length > 0 ? (
        <>
          <p>{t('manage.reportIntro')}</p>
          <TableScroll label={t('manage.reportCaption', { name: fileName })}>
            <table className="data-table report-table">
              <caption>{t('manage.reportCaption', { name: fileName })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('manage.row')}
                  </th>
                  <th scope="col">{t('manage.problems')}</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map(({ row, messages }) => (
                  <tr key={row}>
                    <th scope="row" className="num">
                      {row}
                    </th>
                    <td>
                      {messages.length === 1 ? (
                        messages[0]
                      ) : (
                        <ul className="plain-list">
                          {messages.map((message) => (
                            <li key={message}>{message}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      ) : null}
    </div>
  );
}
