import type { Database } from '../db/index.ts';
import { createAdmin } from './admin.ts';
import type { OperatorServices } from './contract.ts';
import { guardService } from './db-errors.ts';
import { ensureAdmin, seedDemo } from './seed.ts';
import { exportOrganisation, importOrganisation } from './transfer.ts';

export function createOperatorServices(
  database: Database,
  options: { onProgress?: (message: string) => void } = {},
): OperatorServices {
  return guardService({
    // The demo seed builds four editions (tens of seconds on first start): say what it is doing.
    seedDemo: () => seedDemo(database, options.onProgress),
    ensureAdmin: () => ensureAdmin(database),
    createAdmin: (input) => createAdmin(database, input),
    exportOrganisation: (slug) => exportOrganisation(database, slug),
    importOrganisation: (data) => importOrganisation(database, data),
  });
}
