import { type Database, findOrganisationBySlug } from '../db/index.ts';
import type { OperatorServices } from './contract.ts';
import { mapDbErrors } from './db-errors.ts';
import { ServiceError } from './errors.ts';
import { normaliseEmail, requireText } from './guards.ts';
import { insertMember } from './members.ts';
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from './passwords.ts';

/** `citybench admin create`: an admin added by the operator (audit actor: the system). */
export async function createAdmin(
  database: Database,
  input: Parameters<OperatorServices['createAdmin']>[0],
): ReturnType<OperatorServices['createAdmin']> {
  const email = normaliseEmail(input.email);
  const name = requireText(input.name ?? email.split('@')[0] ?? email, 'name');
  if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH) {
    throw new ServiceError('invalid', `password must be at least ${MIN_PASSWORD_LENGTH} characters`, {
      password: [`must be at least ${MIN_PASSWORD_LENGTH} characters`],
    });
  }
  const generatedPassword = input.password === undefined ? generatePassword() : null;
  const passwordHash = await hashPassword(input.password ?? generatedPassword ?? '');
  const member = await mapDbErrors(
    () =>
      database.db.transaction(async (tx) => {
        const org = await findOrganisationBySlug(tx, input.orgSlug);
        if (!org) throw new ServiceError('not_found', `organisation ${input.orgSlug} not found`);
        return insertMember(tx, { orgId: org.id, email, name, role: 'admin', passwordHash }, null);
      }),
    `a user with email ${email} already exists`,
  );
  return { member, generatedPassword };
}
