/** Checks the body of "create a draft edition" beyond what the route's schema expresses. */
import { ServiceError } from '../errors.ts';
import { DEMO_FRAMEWORK_VERSION } from './demo-framework.ts';
import { isIsoDate } from './row-errors.ts';

export interface NewEditionInput {
  number: number;
  label: string;
  publishedOn: string;
  frameworkVersion: string;
}

export function requireEditionInput(input: {
  number: number;
  label: string;
  publishedOn: string;
  frameworkVersion?: string;
}): NewEditionInput {
  const fields: Record<string, string[]> = {};
  if (!Number.isInteger(input.number) || input.number < 1 || input.number > 100_000)
    fields.number = ['must be a whole number from 1 to 100000'];
  const label = input.label.trim();
  if (label.length === 0 || label.length > 100) fields.label = ['must be 1 to 100 characters'];
  if (!isIsoDate(input.publishedOn)) fields.publishedOn = ['must be a date written YYYY-MM-DD'];
  const frameworkVersion = (input.frameworkVersion ?? DEMO_FRAMEWORK_VERSION).trim();
  if (frameworkVersion.length === 0 || frameworkVersion.length > 50)
    fields.frameworkVersion = ['must be 1 to 50 characters'];
  if (Object.keys(fields).length > 0) throw new ServiceError('invalid', 'the edition is not valid', fields);
  return { number: input.number, label, publishedOn: input.publishedOn, frameworkVersion };
}
