import { index, integer, numeric, pgTable, serial, text } from 'drizzle-orm/pg-core';

/**
 * The Smart Centres Index as published (data/sci-published/editions.csv), one row per edition.
 * Every CSV column is kept; an empty cell is NULL ("not found"), never zero. `number` is parsed
 * from "SCI n" so editions sort numerically.
 */
export const publishedEditions = pgTable('published_editions', {
  edition: text('edition').primaryKey(),
  number: integer('number').notNull().unique(),
  /** As published: "2020-07" or "2020-12-22", so text rather than a date. */
  published: text('published'),
  instrumentalFactors: integer('instrumental_factors'),
  assessments: integer('assessments'),
  respondents: integer('respondents'),
  centresResearched: integer('centres_researched'),
  centresRanked: integer('centres_ranked'),
  averageRatingChangePct: numeric('average_rating_change_pct'),
  source: text('source').notNull(),
});

/** Published ranks (data/sci-published/ranks.csv), in file order (`line`), source verbatim. */
export const publishedRanks = pgTable(
  'published_ranks',
  {
    id: serial('id').primaryKey(),
    /** 1-based data line in ranks.csv: keeps the file order and makes reloading idempotent. */
    line: integer('line').notNull().unique(),
    edition: text('edition')
      .notNull()
      .references(() => publishedEditions.edition),
    centre: text('centre').notNull(),
    country: text('country').notNull(),
    region: text('region').notNull(),
    rank: integer('rank').notNull(),
    area: text('area').notNull(),
    rating: numeric('rating'),
    source: text('source').notNull(),
  },
  (t) => [index('published_ranks_centre_idx').on(t.centre)],
);
