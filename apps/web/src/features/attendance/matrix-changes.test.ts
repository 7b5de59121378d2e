import { describe, expect, it } from 'vitest';
import { cellKey, changesByWorkshop } from './matrix-changes';

describe('the attendance matrix changes', () => {
  it('sends only changed cells, grouped by workshop', () => {
    const original = new Map([
      [cellKey('w1', 'p1'), 'REGISTERED' as const],
      [cellKey('w1', 'p2'), 'ATTENDED' as const],
      [cellKey('w2', 'p1'), null],
    ]);
    const edits = new Map([
      [cellKey('w1', 'p1'), 'ATTENDED' as const],
      [cellKey('w1', 'p2'), 'ATTENDED' as const],
      [cellKey('w2', 'p1'), 'EXCUSED' as const],
    ]);
    expect(changesByWorkshop(edits, original)).toEqual([
      { workshopId: 'w1', entries: [{ participationId: 'p1', status: 'ATTENDED' }] },
      { workshopId: 'w2', entries: [{ participationId: 'p1', status: 'EXCUSED' }] },
    ]);
  });
});
