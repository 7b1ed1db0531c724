import {
  type Database,
  findOrganisationById,
  findPublicOrganisationBySlug,
  lockOrganisation,
  type OrganisationChanges,
  updateOrganisation,
} from '../db/index.ts';
import { writeAudit } from './audit-log.ts';
import type { Services } from './contract.ts';
import { ServiceError } from './errors.ts';
import { requireAdmin, requireText } from './guards.ts';
import { toOrganisationView } from './views.ts';

export function createOrganisationService(database: Database): Services['organisations'] {
  const { db } = database;

  return {
    async current(actor) {
      const row = await findOrganisationById(db, actor.orgId);
      if (!row) throw new ServiceError('not_found', 'organisation not found');
      return toOrganisationView(row);
    },

    async update(actor, patch) {
      requireAdmin(actor);
      const changes: OrganisationChanges = {};
      if (patch.name !== undefined) changes.name = requireText(patch.name, 'name');
      if (patch.nameKo !== undefined) changes.nameKo = requireText(patch.nameKo, 'nameKo');
      if (patch.isPublic !== undefined) changes.isPublic = patch.isPublic;
      return db.transaction(async (tx) => {
        const before = await lockOrganisation(tx, actor.orgId);
        if (!before) throw new ServiceError('not_found', 'organisation not found');
        if (Object.keys(changes).length === 0) return toOrganisationView(before);
        const after = await updateOrganisation(tx, actor.orgId, changes);
        if (!after) throw new ServiceError('not_found', 'organisation not found');
        await writeAudit(tx, {
          orgId: actor.orgId,
          actor,
          action: 'organisation.update',
          entity: 'organisation',
          entityId: actor.orgId,
          before: toOrganisationView(before),
          after: toOrganisationView(after),
        });
        return toOrganisationView(after);
      });
    },

    async publicBySlug(slug) {
      const row = await findPublicOrganisationBySlug(db, slug);
      if (!row) throw new ServiceError('not_found', 'organisation not found');
      return toOrganisationView(row);
    },
  };
}
