/**
 * Demo surveys (idempotent, inside the demo-seeding transaction): the built-in templates need no
 * rows (they ship as files); one ILLUSTRATIVE citizen survey for the 6th Basic Informatization
 * Plan, published and open with an open link, so the answering pages can be tried. No responses
 * are invented here.
 */
import type { Executor, OrganisationRow } from '../../db/index.ts';
import {
  insertSurvey,
  insertSurveyLink,
  insertSurveyVersion,
  listSurveyRows,
  publishSurveyVersion,
} from '../../db/repositories/surveys-index.ts';
import { writeAudit } from '../audit-log.ts';
import { newLinkToken } from './distribution.ts';
import { findTemplate } from './templates.ts';

export const DEMO_CITIZEN_TEMPLATE = 'citizen-master-plan';

export const DEMO_CITIZEN_TITLE = {
  en: 'Citizen survey: 6th Basic Informatization Plan of Busan (2026–2030) (illustrative demo)',
  ko: '시민 설문: 부산광역시 제6차 정보화 기본계획(2026~2030) (예시 데모)',
};

export async function seedSurveysDemo(
  tx: Executor,
  org: OrganisationRow,
  onProgress: (message: string) => void,
): Promise<void> {
  const existing = await listSurveyRows(tx, org.id);
  if (existing.some((s) => s.template === DEMO_CITIZEN_TEMPLATE && s.illustrative)) return;
  const template = findTemplate(DEMO_CITIZEN_TEMPLATE);
  if (!template) throw new Error(`template ${DEMO_CITIZEN_TEMPLATE} is missing`);
  onProgress('loading the demo citizen survey');
  const survey = await insertSurvey(tx, {
    orgId: org.id,
    kind: template.entry.kind,
    titleEn: DEMO_CITIZEN_TITLE.en,
    titleKo: DEMO_CITIZEN_TITLE.ko,
    status: 'open',
    template: DEMO_CITIZEN_TEMPLATE,
    illustrative: true,
  });
  const version = await insertSurveyVersion(tx, {
    surveyId: survey.id,
    version: 1,
    definition: template.definition,
  });
  await publishSurveyVersion(tx, version.id);
  const link = await insertSurveyLink(tx, {
    surveyId: survey.id,
    token: newLinkToken(),
    label: 'Demo open link',
    respondentGroup: 'citizens',
  });
  await writeAudit(tx, {
    orgId: org.id,
    actor: null,
    action: 'survey.seed',
    entity: 'survey',
    entityId: survey.id,
    before: null,
    after: { kind: survey.kind, template: DEMO_CITIZEN_TEMPLATE, illustrative: true, link: link.id },
  });
}
