import { expect, test } from 'vitest';
import { nextEditionNumber } from './NewEditionForm.tsx';
import { canManage, canPublish } from './roles.ts';

test('editors and admins manage editions; only admins publish', () => {
  expect([canManage('admin'), canManage('editor'), canManage('analyst'), canManage('viewer')]).toEqual([
    true,
    true,
    false,
    false,
  ]);
  expect([canPublish('admin'), canPublish('editor')]).toEqual([true, false]);
});

test('the new-edition form suggests the number after the newest', () => {
  expect(nextEditionNumber([])).toBe(1);
  expect(nextEditionNumber([{ number: 11 }, { number: 8 }, { number: 10 }])).toBe(12);
});
