import { Candidate, suggestGroups } from './group-suggestions';

const person = (n: number, bundesland: string): Candidate => ({
  personId: `p${n}`,
  name: `Person ${n}`,
  networkId: `n${n}`,
  networkName: `Netz ${n}`,
  bundesland,
});

describe('peer group suggestions', () => {
  it('spreads coordinators of one Bundesland over the groups', () => {
    const candidates = [
      ...[1, 2, 3, 4].map((n) => person(n, 'BAYERN')),
      ...[5, 6].map((n) => person(n, 'SACHSEN')),
      ...[7, 8].map((n) => person(n, 'HAMBURG')),
    ];
    const groups = suggestGroups(candidates, 4);
    expect(groups).toHaveLength(2);
    for (const group of groups) {
      expect(group).toHaveLength(4);
      expect(group.filter((c) => c.bundesland === 'BAYERN')).toHaveLength(2);
      expect(new Set(group.map((c) => c.bundesland)).size).toBe(3);
    }
  });

  it('proposes nothing for nobody and one group for few', () => {
    expect(suggestGroups([], 5)).toEqual([]);
    expect(suggestGroups([person(1, 'BAYERN'), person(2, 'BERLIN')], 5)).toHaveLength(1);
  });
});
