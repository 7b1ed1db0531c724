import { readFileSync } from 'node:fs';
import { countPublishedEditions, type Executor, insertPublishedData } from '../db/index.ts';
import { writeAudit } from './audit-log.ts';
import { parseCsvRecords } from './csv.ts';

const DATA_DIR = new URL('../../data/sci-published/', import.meta.url);

/** Empty cell means "not found": NULL, never zero. */
const cell = (value: string | undefined): string | null =>
  value === undefined || value === '' ? null : value;
const int = (value: string | undefined, what: string): number | null => {
  const text = cell(value);
  if (text === null) return null;
  const n = Number(text);
  if (!Number.isInteger(n)) throw new Error(`published data: ${what} is not an integer: ${text}`);
  return n;
};
const required = <T>(value: T | null, what: string): T => {
  if (value === null) throw new Error(`published data: ${what} is empty`);
  return value;
};

function editionNumber(edition: string): number {
  const match = /^SCI (\d+)$/.exec(edition);
  if (!match) throw new Error(`published data: edition ${edition} is not "SCI <n>"`);
  return Number(match[1]);
}

/** data/sci-published/*.csv as rows for the published tables, every column kept. */
export function readPublishedCsv() {
  const read = (name: string) => parseCsvRecords(readFileSync(new URL(name, DATA_DIR), 'utf8'), name);
  const editions = read('editions.csv').map((r) => {
    const edition = required(cell(r.edition), 'edition');
    return {
      edition,
      number: editionNumber(edition),
      published: cell(r.published),
      instrumentalFactors: int(r.instrumental_factors, 'instrumental_factors'),
      assessments: int(r.assessments, 'assessments'),
      respondents: int(r.respondents, 'respondents'),
      centresResearched: int(r.centres_researched, 'centres_researched'),
      centresRanked: int(r.centres_ranked, 'centres_ranked'),
      averageRatingChangePct: cell(r.average_rating_change_pct),
      source: required(cell(r.source), 'source'),
    };
  });
  const ranks = read('ranks.csv').map((r, i) => ({
    line: i + 1,
    edition: required(cell(r.edition), 'edition'),
    centre: required(cell(r.centre), 'centre'),
    country: required(cell(r.country), 'country'),
    region: required(cell(r.region), 'region'),
    rank: required(int(r.rank, 'rank'), 'rank'),
    area: required(cell(r.area), 'area'),
    rating: cell(r.rating),
    source: required(cell(r.source), 'source'),
  }));
  return { editions, ranks };
}

/** Loads the shipped CSVs once (when the tables are empty); returns whether it loaded them. */
export async function loadPublishedData(tx: Executor): Promise<boolean> {
  if ((await countPublishedEditions(tx)) > 0) return false;
  const { editions, ranks } = readPublishedCsv();
  await insertPublishedData(tx, editions, ranks);
  await writeAudit(tx, {
    orgId: null,
    actor: null,
    action: 'published.load',
    entity: 'published',
    entityId: null,
    before: null,
    after: { editions: editions.length, ranks: ranks.length },
  });
  return true;
}
