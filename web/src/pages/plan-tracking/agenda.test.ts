import { describe, expect, test } from 'vitest';
import { agendaSummary, formatSlot, minutesOf, slotMinutes } from './agenda.ts';

describe('timed agenda', () => {
  // Seed 004: the kickoff briefing of 12 June 2025, 15:00–16:00.
  const kickoff = [
    { start: '15:00', end: '15:05' },
    { start: '15:05', end: '15:10' },
    { start: '15:10', end: '15:35' },
    { start: '15:35', end: '15:55' },
    { start: '15:55', end: '16:00' },
  ];

  test('slots read as in the press release', () => {
    expect(formatSlot('15:10', '15:35')).toBe('15:10–15:35 (25’)');
    expect(formatSlot('15:00:00', '15:05:00')).toBe('15:00–15:05 (5’)');
    expect(slotMinutes('15:35', '15:55')).toBe(20);
    expect(slotMinutes('16:00', '15:00')).toBeNull();
    expect(minutesOf('25:00')).toBeNull();
  });

  test('the kickoff agenda fills its hour without gaps', () => {
    expect(agendaSummary(kickoff)).toEqual({ minutes: 60, gaps: [] });
    expect(agendaSummary([kickoff[0]!, kickoff[2]!]).gaps).toEqual([1]);
  });
});
