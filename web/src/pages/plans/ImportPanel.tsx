import type { PlanImportResult } from '../../../../src/services/contract-plans.ts';
import { TableUploadForm } from '../../components/TableUploadForm.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

interface ImportPanelProps {
  id: string;
  heading: string;
  intro: string;
  note?: string;
  upload: (file: File) => Promise<PlanImportResult>;
  onImported: (result: PlanImportResult) => Promise<void>;
}

/** A plan-table upload (.csv or .xlsx) with its outcome: items imported, or every bad row. */
export function ImportPanel({ id, heading, intro, note, upload, onImported }: ImportPanelProps) {
  const { t } = useI18n();
  return (
    <TableUploadForm
      id={id}
      testId={id}
      heading={heading}
      headingLevel="h2"
      help={
        <>
          <p>{intro}</p>
          {note ? <p className="muted">{note}</p> : null}
        </>
      }
      importedTestId="import-done"
      importedText={(n, name) => t('plans.document.imported', { n, name })}
      upload={upload}
      importedCount={(result) => result.items}
      onImported={onImported}
    />
  );
}
