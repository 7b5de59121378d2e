import { knownBefore, ReminderEvent } from '../events/reminder-event';
import { ReminderAudienceSpec } from '../events/reminder-event-source';
import { ReminderEntity } from '../ledger/reminder.entity';
import { ReminderRuleEntity } from '../rule/reminder-rule.entity';
import {
  ReminderAnchor,
  ReminderKind,
  ReminderStatus,
  ReminderTemplate,
} from '../rule/reminder-enums';
import { firstDecision, redecide } from './ledger-decisions';
import { LedgerChanges, planEvent } from './ledger-plan';

const grace = 12 * 3600_000;

/** The audiences of a kind like workshops: participants and facilitators hear of cancellations. */
const audiences: ReminderAudienceSpec[] = [
  {
    name: 'PARTICIPANTS',
    description: '',
    attendeeRole: 'REQ-PARTICIPANT',
    toldOfCancellation: true,
    leftReason: 'left',
  },
  {
    name: 'FACILITATORS',
    description: '',
    attendeeRole: 'CHAIR',
    toldOfCancellation: true,
    leftReason: 'left',
  },
  {
    name: 'PROGRAM_MANAGERS',
    description: '',
    attendeeRole: 'OPT-PARTICIPANT',
    leftReason: 'left',
  },
];
const now = new Date('2025-03-25T10:00:00Z');

function event(overrides: Partial<ReminderEvent> = {}): ReminderEvent {
  return {
    kind: 'WORKSHOP',
    id: 'w1',
    programmeId: 'p1',
    programmeName: 'Programm',
    replyTo: null,
    webPath: '/workshops/w1',
    cohortId: 'c1',
    scopeId: null,
    title: 'Wirkungsmessung',
    description: null,
    state: 'SCHEDULED',
    timeZone: 'Europe/Berlin',
    days: [{ date: '2025-04-07', startTime: '09:00', endTime: '16:00' }],
    start: { date: '2025-04-07', time: '09:00' },
    end: { date: '2025-04-07', time: '16:00' },
    startsAt: new Date('2025-04-07T07:00:00Z'),
    endsAt: new Date('2025-04-07T14:00:00Z'),
    sequence: 2,
    placeName: null,
    placeAddress: null,
    onlineUrl: 'https://meet.example.org',
    cancellationReason: null,
    previous: null,
    history: [],
    recipients: { PARTICIPANTS: ['ben', 'carla'], FACILITATORS: [], PROGRAM_MANAGERS: [] },
    ...overrides,
  };
}

const rule = {
  id: 'r7',
  programmeId: 'p1',
  cohortId: null,
  audience: 'PARTICIPANTS',
  anchor: ReminderAnchor.START,
  offsetDays: -7,
  offsetMinutes: 0,
  template: ReminderTemplate.REMINDER,
  enabled: true,
  effectiveFrom: new Date('2025-01-01T00:00:00Z'),
} as ReminderRuleEntity;

let ids = 0;
function row(overrides: Partial<ReminderEntity>): ReminderEntity {
  return {
    id: `row${++ids}`,
    kind: ReminderKind.REMINDER,
    ruleId: rule.id,
    eventId: 'w1',
    recipientId: null,
    dueAt: new Date('2025-03-24T08:00:00Z'),
    status: ReminderStatus.SENT,
    claimedBy: null,
    claimedUntil: null,
    anchorAt: null,
    template: null,
    reason: null,
    ...overrides,
  } as ReminderEntity;
}

function plan(rows: ReminderEntity[], notice: 'CHANGED' | 'CANCELLED', e = event()) {
  const changes: LedgerChanges = { inserts: [], updates: new Map() };
  planEvent(
    {
      event: e,
      audiences,
      rules: [rule],
      rows,
      notice,
      now,
      graceMs: grace,
      declined: new Set(),
    },
    changes,
  );
  return changes;
}

describe('the ledger plan', () => {
  it('sends change notices only to people reminded (or being reminded) whom the event still concerns', () => {
    const reminded = (person: string, extra: Partial<ReminderEntity> = {}) =>
      row({ recipientId: person, ruleKey: rule.id, ...extra });
    const changes = plan(
      [
        reminded('anna'), // withdrew: no longer among the recipients
        reminded('ben'),
        reminded('carla', {
          status: ReminderStatus.PENDING,
          claimedBy: 'instance-a',
          claimedUntil: new Date('2025-03-25T10:05:00Z'),
        }),
      ],
      'CHANGED',
    );
    expect(
      changes.inserts
        .filter((i) => i.kind === ReminderKind.CHANGE_NOTICE)
        .map((i) => [i.recipientId, i.occasion]),
    ).toEqual([
      ['ben', 2],
      ['carla', 2],
    ]);
  });

  it('lets a new change notice supersede an older one still waiting, and cancels notices for people gone', () => {
    const ben = row({ recipientId: 'ben', ruleKey: rule.id });
    const older = row({
      kind: ReminderKind.CHANGE_NOTICE,
      ruleId: null,
      recipientId: 'ben',
      occasion: 1,
      status: ReminderStatus.PENDING,
    });
    const annas = row({
      kind: ReminderKind.CHANGE_NOTICE,
      ruleId: null,
      recipientId: 'anna',
      occasion: 1,
      status: ReminderStatus.PENDING,
    });
    const changes = plan([ben, older, annas], 'CHANGED');
    expect(
      [...changes.updates.values()].map((u) => [u.recipientId, u.occasion, u.status, u.reason]),
    ).toEqual([
      ['anna', 1, 'CANCELLED', 'no longer concerned (withdrew, handed over or removed)'],
      ['ben', 1, 'CANCELLED', 'superseded by a newer change'],
    ]);
  });

  it('cancels with "person erased" the rows of a deleted person', () => {
    const gone = row({
      recipientId: null,
      ruleKey: rule.id,
      status: ReminderStatus.PENDING,
    });
    const changes = plan([gone], 'CHANGED');
    expect(changes.updates.get(gone.id)).toMatchObject({
      status: 'CANCELLED',
      reason: 'person erased',
    });
  });
});

describe('ledger decisions', () => {
  const start = new Date('2025-04-07T07:00:00Z');

  it('decides a skipped row again when its due time moves, and leaves sent ones alone', () => {
    const skipped = { status: ReminderStatus.SKIPPED, dueAt: new Date('2025-03-24T08:00:00Z') };
    const later = new Date('2025-03-31T07:00:00Z');
    expect(redecide(skipped, later, now, start, grace)).toMatchObject({ status: 'PENDING' });
    expect(redecide(skipped, skipped.dueAt, now, start, grace)).toBeNull();
    expect(
      redecide({ ...skipped, status: ReminderStatus.SENT }, later, now, start, grace),
    ).toBeNull();
  });

  it('skips a new row of an event that already began, even if its time lies ahead', () => {
    const followUp = new Date('2025-04-08T14:00:00Z');
    expect(firstDecision(followUp, new Date('2025-04-07T15:00:00Z'), start, grace)).toMatchObject({
      status: 'SKIPPED',
      reason: 'created after the event began',
    });
    expect(firstDecision(followUp, now, start, grace)).toMatchObject({ status: 'PENDING' });
  });

  it('shows what a person knew: the event before the first change since the one they were last told of', () => {
    const d = (date: string) => [{ date, startTime: '09:00', endTime: '16:00' }];
    const details = {
      title: 'Wirkungsmessung',
      placeName: null,
      placeAddress: null,
      onlineUrl: 'https://a.example',
    };
    const history = [
      { sequence: 1, daysBefore: d('2025-03-31'), detailsBefore: details },
      { sequence: 2, daysBefore: d('2025-04-07'), detailsBefore: details },
      { sequence: 3, daysBefore: d('2025-04-08'), detailsBefore: details },
    ];
    const now = { ...details, onlineUrl: 'https://b.example', days: d('2025-04-08') };
    expect(knownBefore(history, 1, now)).toEqual({
      days: d('2025-03-31'),
      onlineUrl: 'https://a.example',
    });
    expect(knownBefore(history, 2, now)).toEqual({
      days: d('2025-04-07'),
      onlineUrl: 'https://a.example',
    });
    // The latest change did not move the days, only the link: no "Bisher" for the days.
    expect(knownBefore(history, 3, now)).toEqual({ onlineUrl: 'https://a.example' });
    // Moved back to where it was, link as before: nothing to show.
    expect(knownBefore(history, 2, { ...details, days: d('2025-04-07') })).toBeNull();
  });
});
