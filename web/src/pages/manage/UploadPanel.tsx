import { useId } from 'react';
import { uploadAssessments, uploadFactorValues } from '../../api/benchmark.ts';
import { TableUploadForm } from '../../components/TableUploadForm.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

interface UploadPanelProps {
  kind: 'factor-values' | 'assessments';
  heading: string;
  columns: readonly string[];
  slug: string;
  edition: number;
  onImported: () => Promise<void>;
}

/** One file input for a draft's factor values or assessments, with its outcome: rows imported, or every bad row. */
export function UploadPanel({ kind, heading, columns, slug, edition, onImported }: UploadPanelProps) {
  const { t } = useI18n();
  const id = useId();
  const upload = kind === 'factor-values' ? uploadFactorValues : uploadAssessments;
  return (
    <TableUploadForm
      id={id}
      testId={`upload-${kind}`}
      heading={heading}
      headingLevel="h3"
      help={
        <>
          <p>
            {t('manage.columns')} <code>{columns.join(',')}</code>
          </p>
          <p className="muted">{t('manage.replaceNote')}</p>
        </>
      }
      importedTestId="upload-imported"
      importedText={(n, name) => t('manage.imported', { n, name })}
      upload={(file) => upload(slug, edition, file)}
      importedCount={(result) => result.imported}
      onImported={() => onImported()}
    />
  );
}
