import { assign, greedy, Scored, total } from './assignment';

const row = (newcomerId: string, scores: Record<string, number>): Scored => ({
  newcomerId,
  scores: new Map(Object.entries(scores)),
});

describe('the proposed assignment', () => {
  it('beats the greedy choice where taking the best buddy first costs the next newcomer', () => {
    // Nora would do well with either; Max only with Anna. Greedy gives Nora Anna and Max Ben.
    const newcomers = [row('nora', { anna: 50, ben: 45 }), row('max', { anna: 48, ben: 0 })];
    const slots = [
      { buddyId: 'anna', free: 1 },
      { buddyId: 'ben', free: 1 },
    ];
    expect(total(greedy(newcomers, slots))).toBe(50);
    const proposal = assign(newcomers, slots);
    expect(proposal).toEqual([
      { newcomerId: 'nora', buddyId: 'ben', score: 45 },
      { newcomerId: 'max', buddyId: 'anna', score: 48 },
    ]);
    expect(total(proposal)).toBe(93);
  });

  it('never gives a buddy more newcomers than free places, and leaves the rest unassigned', () => {
    const newcomers = [
      row('a', { anna: 30 }),
      row('b', { anna: 40 }),
      row('c', { anna: 35 }),
      row('d', { ben: 10 }),
    ];
    const proposal = assign(newcomers, [
      { buddyId: 'anna', free: 2 },
      { buddyId: 'ben', free: 0 },
    ]);
    expect(proposal.map((p) => p.newcomerId).sort()).toEqual(['b', 'c']);
    expect(proposal.every((p) => p.buddyId === 'anna')).toBe(true);
  });

  it('spreads newcomers over buddies when the totals are otherwise equal', () => {
    const newcomers = [row('a', { anna: 30, ben: 30 }), row('b', { anna: 30, ben: 30 })];
    const proposal = assign(newcomers, [
      { buddyId: 'anna', free: 3 },
      { buddyId: 'ben', free: 3 },
    ]);
    expect(new Set(proposal.map((p) => p.buddyId)).size).toBe(2);
  });

  it('proposes nothing without newcomers or free places', () => {
    expect(assign([], [{ buddyId: 'anna', free: 1 }])).toEqual([]);
    expect(assign([row('a', { anna: 1 })], [])).toEqual([]);
  });
});
