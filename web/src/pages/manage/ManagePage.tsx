import { useState } from 'react';
import type { Role } from '../../../../src/services/contract.ts';
import {
  type City,
  type EditionSummary,
  type Framework,
  getCities,
  getFramework,
} from '../../api/benchmark.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemMessage } from '../../components/ProblemMessage.tsx';
import { useApiData } from '../../components/useApiData.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router/Link.tsx';
import { ROUTES } from '../../router/routes.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { useOrgSlug } from '../editions/useOrgSlug.ts';
import { BuildAndPublish } from './BuildAndPublish.tsx';
import { CodeLists } from './CodeLists.tsx';
import { EditionList } from './EditionList.tsx';
import { NewEditionForm } from './NewEditionForm.tsx';
import { canManage } from './roles.ts';
import { UploadPanel } from './UploadPanel.tsx';
import { ASSESSMENT_COLUMNS, FACTOR_VALUE_COLUMNS } from './uploadReport.ts';
import { useEditions } from './useEditions.ts';

/** /benchmark/manage: editors create drafts, import their data and build them; admins publish. */
export function ManagePage() {
  const { t, language } = useI18n();
  const { state } = useSession();
  const heading = <PageHeading>{t('manage.heading')}</PageHeading>;

  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.status !== 'signed-in') {
    return (
      <section className="narrow">
        {heading}
        <p>
          {t('auth.required')}{' '}
          <Link href={`${ROUTES.signIn}?next=${encodeURIComponent(ROUTES.manage)}`}>{t('auth.signIn')}</Link>
        </p>
      </section>
    );
  }
  const { organisation, role } = state.session;
  if (!canManage(role)) {
    const organisationName =
      language === 'ko' && organisation.nameKo ? organisation.nameKo : organisation.name;
    return (
      <section className="narrow">
        {heading}
        <p className="notice">{t('manage.editorsOnly', { organisation: organisationName })}</p>
      </section>
    );
  }
  return (
    <article className="benchmark manage">
      {heading}
      <p className="lead">{t('manage.intro')}</p>
      <ManageEditions role={role} />
    </article>
  );
}

function ManageEditions({ role }: { role: Role }) {
  const { t } = useI18n();
  const slug = useOrgSlug();
  const [editions, refresh] = useEditions(slug);
  const [codes, reloadCodes] = useApiData(`manage-codes:${slug}`, async () => {
    const [framework, cities] = await Promise.all([getFramework(slug), getCities(slug)]);
    return { framework, cities: cities.items };
  });
  const [chosen, setChosen] = useState<number | null>(null);

  if (editions.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (editions.status === 'error') return <ProblemMessage error={editions.error} onRetry={refresh} />;

  const items = editions.data;
  // The chosen edition, else the newest draft.
  const selected =
    items.find((e) => e.number === chosen) ??
    (chosen === null ? items.find((e) => e.status === 'draft') : undefined);

  return (
    <>
      <EditionList editions={items} selected={selected?.number ?? null} onSelect={setChosen} />
      <NewEditionForm
        editions={items}
        onCreated={async (edition) => {
          await refresh();
          setChosen(edition.number);
        }}
      />
      {selected ? (
        <SelectedEdition
          key={selected.number}
          edition={selected}
          slug={slug}
          role={role}
          codes={codes.status === 'ready' ? codes.data : null}
          onChanged={refresh}
        />
      ) : (
        <p className="notice">{t('manage.noDraft')}</p>
      )}
      {codes.status === 'error' ? <ProblemMessage error={codes.error} onRetry={reloadCodes} /> : null}
    </>
  );
}

interface SelectedEditionProps {
  edition: EditionSummary;
  slug: string;
  role: Role;
  codes: { framework: Framework; cities: City[] } | null;
  onChanged: () => Promise<void>;
}

function SelectedEdition({ edition, slug, role, codes, onChanged }: SelectedEditionProps) {
  const { t } = useI18n();
  const isDraft = edition.status === 'draft';
  return (
    <section className="manage-edition" aria-labelledby="manage-edition-heading">
      <h2 id="manage-edition-heading">
        {isDraft ? t('manage.draftHeading', { label: edition.label }) : edition.label}
      </h2>
      {isDraft ? (
        <>
          <div className="manage-uploads">
            <UploadPanel
              kind="factor-values"
              heading={t('manage.factorValuesHeading')}
              columns={FACTOR_VALUE_COLUMNS}
              slug={slug}
              edition={edition.number}
              onImported={onChanged}
            />
            <UploadPanel
              kind="assessments"
              heading={t('manage.assessmentsHeading')}
              columns={ASSESSMENT_COLUMNS}
              slug={slug}
              edition={edition.number}
              onImported={onChanged}
            />
          </div>
          {codes ? <CodeLists framework={codes.framework} cities={codes.cities} /> : null}
        </>
      ) : (
        <p className="notice">{t('manage.publishedNote', { label: edition.label })}</p>
      )}
      <BuildAndPublish edition={edition} slug={slug} role={role} onChanged={onChanged} />
    </section>
  );
}
