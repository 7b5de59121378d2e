import { CohortStatus } from '@zyklus/cohorts';
import { Language } from '@zyklus/common';
import { Role } from '@zyklus/identity';
import { randomUUID } from 'node:crypto';
import { GraphQLClient } from '../../support/graphql-client';
import { givenPeerGroup, PeerScenario, planRound, problem } from '../../support/peer-rounds';
import { DOCS } from '../../support/reminder-scenario';
import { TestApp } from '../../support/test-app';
import { TestClock } from '../../support/test-clock';

const KINDS = `{ reminderEventKinds { kind scope scopeLabel } }`;
const OPTIONS = `query ($programmeId: ID!, $eventKind: String!) {
  reminderScopeOptions(programmeId: $programmeId, eventKind: $eventKind) { id label } }`;
const CREATE = `mutation ($input: CreateReminderRuleInput!) {
  createReminderRule(input: $input) { id scopeId cohortId replacesRuleId } }`;
const LEDGER = `query ($eventId: ID) { reminders(eventId: $eventId, first: 100) {
  nodes { status reason dueAt recipient { name } rule { id } } } }`;
const FORM = `mutation($input: FormPeerGroupInput!) { formPeerGroup(input: $input) { id } }`;
const STATUS = `mutation($input: ChangePeerGroupStatusInput!) { changePeerGroupStatus(input: $input) { id } }`;

/**
 * Rules for one peer group (the scope PEER_ROUND declares): a program manager lists the
 * programme's groups by name to choose one, and a rule naming a listed group reminds that
 * group's members only, in place of the programme rule it replaces.
 */
describe('reminder rules for one peer group: the groups to choose from, and a rule for one', () => {
  let t: TestApp;
  let s: PeerScenario;
  let pm: GraphQLClient;
  let second: { id: string; number: number };
  let southWest: string;
  let ended: string;
  let otherProgrammeGroup: string;
  const clock = new TestClock('2026-03-02T09:00:00Z');

  const options = async (
    client: GraphQLClient,
    eventKind = 'PEER_ROUND',
    programmeId = s.programme.id,
  ) => (await client.data(OPTIONS, { programmeId, eventKind })).reminderScopeOptions as any[];
  const kinds = async (client: GraphQLClient) =>
    Object.fromEntries(
      (await client.data(KINDS)).reminderEventKinds.map((k: any) => [k.kind, k]),
    ) as Record<string, any>;

  beforeAll(async () => {
    t = await TestApp.start({}, clock);
    s = await givenPeerGroup(t, { size: 3 }); // "Runde Nord-Ost", active, of one cohort
    pm = s.pm;
    const cohort = await t.given.cohort({
      programmeId: s.programme.id,
      status: CohortStatus.RUNNING,
      startDate: '2025-11-24',
      endDate: '2026-12-31',
    });
    second = { id: cohort.id, number: cohort.number };
    const south: string[] = [];
    for (let i = 0; i < 3; i++) south.push((await t.given.coordinatorIn(cohort)).person.id);
    // A group across both cohorts, and one that has ended.
    const form = async (programmeId: string, name: string, cohortIds: string[]) =>
      (
        await pm.data(FORM, {
          input: {
            programmeId,
            name,
            method: 'OPEN_EXCHANGE',
            cohortIds,
            members: south.map((personId) => ({ personId, fromDate: '2026-01-01' })),
          },
        })
      ).formPeerGroup.id as string;
    southWest = await form(s.programme.id, 'Runde Süd-West', [s.cohort.id, cohort.id]);
    await pm.data(STATUS, { input: { groupId: southWest, status: 'ACTIVE' } });
    ended = await form(s.programme.id, 'Alte Runde', [cohort.id]);
    await pm.data(STATUS, { input: { groupId: ended, status: 'ENDED' } });
    // Another programme's group is never offered.
    const elsewhere = await t.given.cohort({ status: CohortStatus.RUNNING });
    otherProgrammeGroup = await form(elsewhere.programmeId, 'Runde Anderswo', [elsewhere.id]);
  });
  afterAll(() => t.close());

  it('a program manager gets the programme’s peer groups by name and cohort, in their language; ended ones last', async () => {
    const listed = await options(pm);
    expect(listed.map((o) => o.label)).toEqual([
      `Runde Nord-Ost (${s.cohort.number}. Durchgang)`,
      `Runde Süd-West (${[s.cohort.number, second.number].sort((a, b) => a - b).join('. und ')}. Durchgang)`,
      `Alte Runde (${second.number}. Durchgang, beendet)`,
    ]);
    expect(listed[0].id).toBe(s.groupId);
    expect(listed[2].id).toBe(ended);
    expect(listed.map((o) => o.id)).not.toContain(otherProgrammeGroup);
    expect((await kinds(pm)).PEER_ROUND).toMatchObject({
      scope: 'peer group',
      scopeLabel: 'Gruppe der Kollegialen Runden',
    });
    // Kinds without a scope offer none.
    expect((await kinds(pm)).WORKSHOP).toMatchObject({ scope: null, scopeLabel: null });
    expect(await options(pm, 'WORKSHOP')).toEqual([]);

    const english = await t.as(
      await t.given.person({ roles: [Role.PROGRAM_MANAGER], preferredLanguage: Language.EN }),
    );
    expect((await kinds(english)).PEER_ROUND.scopeLabel).toBe('peer group');
    expect((await options(english)).map((o) => o.label)).toEqual([
      `Runde Nord-Ost (cohort ${s.cohort.number})`,
      expect.stringMatching(/^Runde Süd-West \(cohorts \d+ and \d+\)$/),
      `Alte Runde (cohort ${second.number}, ended)`,
    ]);
  });

  it('a coordinator is refused; an unknown programme is NOT_FOUND, a malformed id BAD_USER_INPUT', async () => {
    const ask = (client: GraphQLClient, programmeId: string, eventKind = 'PEER_ROUND') =>
      client.gql(OPTIONS, { programmeId, eventKind });
    expect(problem(await ask(s.clients[0]!, s.programme.id))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(problem(await ask(pm, randomUUID()))).toEqual({
      code: 'NOT_FOUND',
      reason: 'PROGRAMME_NOT_FOUND',
      field: 'programmeId',
    });
    expect(problem(await ask(pm, 'nicht-da'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'programmeId',
    });
    expect(problem(await ask(pm, s.programme.id, 'NO_SUCH_KIND'))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_EVENT_KIND',
      field: 'eventKind',
    });
  });

  it('a rule for a listed group reminds its members only, in place of the programme rule it replaces', async () => {
    const { createReminderRule: programmeRule } = await pm.data(DOCS.createRule, {
      input: {
        programmeId: s.programme.id,
        eventKind: 'PEER_ROUND',
        audience: 'MEMBERS',
        offsetDays: -7,
      },
    });
    const round = await planRound(pm, s.groupId, '2026-03-19');
    const otherRound = await planRound(pm, southWest, '2026-03-19');
    const [listed] = await options(pm);

    const { createReminderRule } = await pm.data(CREATE, {
      input: {
        programmeId: s.programme.id,
        eventKind: 'PEER_ROUND',
        scopeId: listed.id,
        replacesRuleId: programmeRule.id,
        audience: 'MEMBERS',
        offsetDays: -2,
      },
    });
    expect(createReminderRule).toMatchObject({
      scopeId: s.groupId,
      cohortId: null,
      replacesRuleId: programmeRule.id,
    });
    const { reminders } = await pm.data(LEDGER, { eventId: round.id });
    const pending = reminders.nodes.filter((r: any) => r.status === 'PENDING');
    // 2 days before, 18:00 Berlin (17:00 UTC); the replaced 7-day reminder is not planned.
    expect(pending.map((r: any) => r.recipient.name).sort()).toEqual(
      s.people.map((p) => p.name).sort(),
    );
    expect(new Set(pending.map((r: any) => r.dueAt))).toEqual(
      new Set(['2026-03-17T17:00:00.000Z']),
    );
    expect(pending.every((r: any) => r.rule.id === createReminderRule.id)).toBe(true);
    // The other group keeps the programme rule: 7 days before, and nothing 2 days before.
    const other = (await pm.data(LEDGER, { eventId: otherRound.id })).reminders.nodes;
    expect(other).toHaveLength(3);
    expect(other.map((r: any) => [r.status, r.dueAt, r.rule.id])).toEqual(
      Array(3).fill(['PENDING', '2026-03-12T17:00:00.000Z', programmeRule.id]),
    );

    // The rules page lists it, for that group.
    const { reminderRules } = await pm.data(
      `query ($id: ID!) { reminderRules(programmeId: $id) { id scopeId } }`,
      { id: s.programme.id },
    );
    expect(reminderRules).toContainEqual({ id: createReminderRule.id, scopeId: s.groupId });
  });

  it('refuses a group of another programme, or a group together with a cohort, at scopeId', async () => {
    const refused = async (input: Record<string, unknown>) => {
      const answer = await pm.gql(CREATE, {
        input: {
          programmeId: s.programme.id,
          eventKind: 'PEER_ROUND',
          audience: 'MEMBERS',
          offsetDays: -3,
          ...input,
        },
      });
      return { ...problem(answer), message: answer.errors?.[0]?.extensions?.fields?.[0]?.message };
    };
    const expected = {
      code: 'BAD_USER_INPUT',
      reason: 'SCOPE_NOT_OF_KIND',
      field: 'scopeId',
      message: expect.stringContaining('Gruppe der Kollegialen Runden'),
    };
    expect(await refused({ scopeId: otherProgrammeGroup })).toEqual(expected);
    expect(await refused({ scopeId: s.groupId, cohortId: s.cohort.id })).toEqual(expected);
  });
});
