import { canChangeCohortStatus, CohortStatus, nextCohortStatuses } from './cohort-status';

const { PLANNED, RUNNING, COMPLETED, CANCELLED } = CohortStatus;
const ALL = Object.values(CohortStatus);

describe('cohort status transitions', () => {
  it.each([
    [PLANNED, RUNNING],
    [RUNNING, COMPLETED],
    [PLANNED, CANCELLED],
    [RUNNING, CANCELLED],
  ])('allow %s → %s', (from, to) => {
    expect(canChangeCohortStatus(from, to)).toBe(true);
  });

  it.each([
    [PLANNED, COMPLETED, 'skipping the running cycle'],
    [RUNNING, PLANNED, 'going back to planned'],
    [COMPLETED, RUNNING, 'reopening a completed cohort'],
    [COMPLETED, CANCELLED, 'cancelling a completed cohort'],
    [CANCELLED, PLANNED, 'reviving a cancelled cohort'],
    [CANCELLED, RUNNING, 'starting a cancelled cohort'],
  ])('refuse %s → %s (%s)', (from, to) => {
    expect(canChangeCohortStatus(from, to)).toBe(false);
  });

  it.each(ALL)('refuse staying in %s as a change', (status) => {
    expect(canChangeCohortStatus(status, status)).toBe(false);
  });

  it('offer the next statuses in the order of the cycle', () => {
    expect(nextCohortStatuses(PLANNED)).toEqual([RUNNING, CANCELLED]);
    expect(nextCohortStatuses(RUNNING)).toEqual([COMPLETED, CANCELLED]);
  });

  it.each([COMPLETED, CANCELLED])('treat %s as final', (status) => {
    expect(nextCohortStatuses(status)).toEqual([]);
    for (const to of ALL) expect(canChangeCohortStatus(status, to)).toBe(false);
  });

  it('agree with each other for every pair', () => {
    for (const from of ALL) {
      for (const to of ALL) {
        expect(canChangeCohortStatus(from, to)).toBe(nextCohortStatuses(from).includes(to));
      }
    }
  });
});
