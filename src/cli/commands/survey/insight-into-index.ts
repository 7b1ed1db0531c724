import type { IntoIndexPreview } from '../../../services/contract-survey-insights.ts';
import { type CliCommand, parseFlags, requireFlag, UsageError } from '../../command.ts';
import { withRuntime } from '../../runtime.ts';

function editionNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(`--${flag}: expected an edition number, got '${value}'`);
  return Number(value);
}

/** The preview as text: counts, the rules, and cities below the minimum. */
export function formatPreview(p: IntoIndexPreview): string {
  const c = p.counts;
  const lines = [
    `survey ${p.survey.id} (${p.survey.title}${p.survey.synthetic ? ', SYNTHETIC demo responses' : ''}) -> edition ${p.edition.number} ${p.edition.label} (${p.edition.status}, dated ${p.edition.publishedOn})`,
    `rules: window ${p.rules.windowMonths} months, home city ${p.rules.excludeHomeCity ? 'excluded' : 'kept'}, minimum ${p.rules.minAssessments} assessments from other cities`,
    `responses ${c.responses}, used ${c.usedResponses}, skipped ${p.skipped.length}`,
    `assessments ${c.assessments}: own city ${c.excludedHomeCity}, outside the window ${c.outsideWindow}, counted ${c.counted}; after the edition date (not stored) ${c.afterEditionDate}`,
    `cities assessed ${p.cities.length}: rated ${p.rated}, associates ${p.associates}`,
  ];
  const associates = p.cities.filter((x) => x.status === 'associate');
  if (associates.length > 0)
    lines.push(
      `associates (from others < ${p.rules.minAssessments}): ${associates.map((x) => `${x.code} ${x.fromOthers}`).join(', ')}`,
    );
  return `${lines.join('\n')}\n`;
}

const command: CliCommand = {
  name: 'survey into-index',
  summary: "Replace a draft edition's assessments with a closed expert-assessment survey's responses",
  help: `Usage: citybench survey into-index --org SLUG --survey ID --edition N [--factor-values-from M] [--dry-run]

Maps every submitted response (home_city, sector, region, ratings grid) to assessment rows,
validates them like an uploaded assessments table, and replaces the draft edition's respondents
and assessments (all or nothing, audited). Prints the model's rules applied to them: own-city
ratings, ratings outside the window, and per city the assessments from others against the minimum.
--factor-values-from copies that edition's factor values into the draft too. --dry-run prints the
preview and stores nothing. Rebuild afterwards with \`citybench edition build\`.`,
  async run(argv, io) {
    const { values } = parseFlags(argv, {
      org: { type: 'string' },
      survey: { type: 'string' },
      edition: { type: 'string' },
      'factor-values-from': { type: 'string' },
      'dry-run': { type: 'boolean' },
    });
    const slug = requireFlag(values, 'org');
    const survey = requireFlag(values, 'survey');
    const edition = editionNumber('edition', requireFlag(values, 'edition'));
    if (edition === undefined) throw new UsageError('--edition is required');
    const from = editionNumber('factor-values-from', values['factor-values-from'] as string | undefined);
    return withRuntime(io, async ({ services }) => {
      if (values['dry-run'] === true) {
        io.stdout(formatPreview(await services.surveys.intoIndexPreview('system', slug, survey, edition)));
        return 0;
      }
      const result = await services.surveys.intoIndex('system', slug, survey, {
        edition,
        ...(from !== undefined ? { factorValuesFrom: from } : {}),
      });
      io.stdout(formatPreview(result));
      io.stdout(
        `stored ${result.imported} assessments from ${result.respondents} respondents` +
          (result.factorValuesFrom !== null
            ? `; copied ${result.factorValuesCopied} factor values from edition ${result.factorValuesFrom}`
            : '') +
          '\n',
      );
      return 0;
    });
  },
};

export default command;
