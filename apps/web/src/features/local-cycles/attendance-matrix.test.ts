import { describe, expect, it } from 'vitest';
import { cellKey, changedCells, savedCells, shownCell, type MatrixCell } from './attendance-matrix';

const saved = savedCells([
  { localWorkshopId: 'w1', initiativeId: 'i1', status: 'ATTENDED', headCount: 3 },
  { localWorkshopId: 'w1', initiativeId: 'i2', status: 'EXCUSED', headCount: null },
]);

describe('the local attendance matrix', () => {
  it('sends only the cells that differ from what is saved', () => {
    const edits = new Map<string, MatrixCell>([
      [cellKey('w1', 'i1'), { status: 'ATTENDED', headCount: 3 }],
      [cellKey('w1', 'i2'), { status: 'NO_SHOW', headCount: null }],
      [cellKey('w2', 'i1'), { status: 'ATTENDED', headCount: 5 }],
    ]);
    expect(changedCells(edits, saved)).toEqual([
      { localWorkshopId: 'w1', initiativeId: 'i2', status: 'NO_SHOW', headCount: null },
      { localWorkshopId: 'w2', initiativeId: 'i1', status: 'ATTENDED', headCount: 5 },
    ]);
  });

  it('counts a changed head count alone as a change', () => {
    const edits = new Map([[cellKey('w1', 'i1'), { status: 'ATTENDED' as const, headCount: 4 }]]);
    expect(changedCells(edits, saved)).toEqual([
      { localWorkshopId: 'w1', initiativeId: 'i1', status: 'ATTENDED', headCount: 4 },
    ]);
  });

  it('clears a cell set back to “–”, without its head count', () => {
    const edits = new Map([[cellKey('w1', 'i1'), { status: null, headCount: 3 }]]);
    expect(changedCells(edits, saved)).toEqual([
      { localWorkshopId: 'w1', initiativeId: 'i1', status: null, headCount: null },
    ]);
    expect(
      changedCells(new Map([[cellKey('w9', 'i9'), { status: null, headCount: null }]]), saved),
    ).toEqual([]);
  });

  it('shows the edit over what is saved, and an empty cell otherwise', () => {
    const edits = new Map([[cellKey('w1', 'i2'), { status: 'ATTENDED' as const, headCount: 2 }]]);
    expect(shownCell(cellKey('w1', 'i2'), edits, saved)).toEqual({
      status: 'ATTENDED',
      headCount: 2,
    });
    expect(shownCell(cellKey('w1', 'i1'), edits, saved)).toEqual({
      status: 'ATTENDED',
      headCount: 3,
    });
    expect(shownCell(cellKey('w2', 'i1'), edits, saved)).toEqual({ status: null, headCount: null });
  });
});
