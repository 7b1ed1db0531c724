/**
 * Writes small-edition.json: a seeded 8-city edition built with the default parameters. It pins
 * today's numbers (a regression guard, not an external reference: Z/Yen publishes no worked
 * example). Regenerate with `npx tsx test/golden/fam/generate.ts` after a deliberate change and
 * say why in the commit.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { goldenEdition } from '../../engine/fam/support/golden-edition.ts';

const path = fileURLToPath(new URL('./small-edition.json', import.meta.url));
writeFileSync(path, `${JSON.stringify(goldenEdition(), null, 2)}\n`);
process.stdout.write(`wrote ${path}\n`);
