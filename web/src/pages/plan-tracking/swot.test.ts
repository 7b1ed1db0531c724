import { describe, expect, test } from 'vitest';
import { justificationsOf, type SwotEntry, swotBoard, unjustifiedItems } from './swot.ts';

const entries: SwotEntry[] = [
  { id: 't1', quadrant: 'threat', text: 'Talent outflow', linkedItemIds: ['task-2'] },
  { id: 's1', quadrant: 'strength', text: 'Port data', linkedItemIds: ['task-1', 'task-2'] },
  { id: 'o1', quadrant: 'opportunity', text: 'National AI strategy', linkedItemIds: ['task-1', 'gone'] },
];
const items = [
  { id: 'task-1', label: 'AI platform' },
  { id: 'task-2', label: 'Data hub' },
  { id: 'task-3', label: 'Cloud move' },
];

describe('SWOT board', () => {
  test('four quadrants in S, W, O, T order, each entry with its linked plan items', () => {
    const board = swotBoard(entries, items);
    expect(board.map((cell) => cell.quadrant)).toEqual(['strength', 'weakness', 'opportunity', 'threat']);
    expect(board[0]!.entries[0]!.linked.map((i) => i.label)).toEqual(['AI platform', 'Data hub']);
    expect(board[1]!.entries).toEqual([]);
    expect(board[2]!.entries[0]!.missing).toEqual(['gone']);
  });

  test('the reverse view lists the SWOT items that justify a plan item, in board order', () => {
    expect(justificationsOf('task-2', entries).map((e) => e.id)).toEqual(['s1', 't1']);
    expect(justificationsOf('task-3', entries)).toEqual([]);
    expect(unjustifiedItems(items, entries).map((i) => i.id)).toEqual(['task-3']);
  });
});
