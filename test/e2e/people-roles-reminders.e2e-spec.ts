import { CohortStatus } from '@zyklus/cohorts';
import { Role } from '@zyklus/identity';
import { GraphQLClient } from '../support/graphql-client';
import { publishedWorkshop } from '../support/reminder-scenario';
import { TestApp } from '../support/test-app';

const CREATE_RULE = `mutation ($input: CreateReminderRuleInput!) { createReminderRule(input: $input) { id } }`;
const SET_ROLES = `mutation ($input: SetPersonRolesInput!) { setPersonRoles(input: $input) { roles } }`;
const INVITE = `mutation ($input: InvitePersonInput!) { invitePerson(input: $input) { id } }`;
const LEDGER = `query ($eventId: ID) {
  reminders(eventId: $eventId, first: 100) { nodes { status reason recipient { name } } }
}`;

describe('reminders for program managers follow their role', () => {
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
    t.clock.set('2025-03-01T09:00:00Z');
  });
  afterAll(() => t.close());

  /** A published workshop on 31 March 2025 whose programme reminds program managers a week before. */
  async function workshopRemindingManagers(): Promise<string> {
    const programme = await t.given.programme();
    const cohort = await t.given.cohort({
      programmeId: programme.id,
      startDate: '2024-11-27',
      endDate: '2025-10-31',
      status: CohortStatus.RUNNING,
    });
    await pm.data(CREATE_RULE, {
      input: { programmeId: programme.id, offsetDays: -7, audience: 'PROGRAM_MANAGERS' },
    });
    return publishedWorkshop(pm, cohort.id, '2025-03-31');
  }

  async function ledgerOf(workshopId: string, name: string) {
    const { reminders } = await pm.data(LEDGER, { eventId: workshopId });
    return (
      reminders.nodes as { status: string; reason: string | null; recipient: { name: string } }[]
    )
      .filter((row) => row.recipient.name === name)
      .map(({ status, reason }) => ({ status, reason }));
  }

  it('cancels the pending reminder of a manager whose role is revoked, with the reason', async () => {
    const maria = await t.given.person({ name: 'Maria Manager', roles: [Role.PROGRAM_MANAGER] });
    const workshopId = await workshopRemindingManagers();
    expect(await ledgerOf(workshopId, 'Maria Manager')).toEqual([
      { status: 'PENDING', reason: null },
    ]);

    await pm.data(SET_ROLES, { input: { personId: maria.id, roles: [] } });
    expect(await ledgerOf(workshopId, 'Maria Manager')).toEqual([
      { status: 'CANCELLED', reason: 'no longer a program manager' },
    ]);
  });

  it('gives a person granted the role the reminders of upcoming events, and one invited with it', async () => {
    const workshopId = await workshopRemindingManagers();
    const nina = await t.given.person({ name: 'Nina Neu' });
    expect(await ledgerOf(workshopId, 'Nina Neu')).toEqual([]);

    await pm.data(SET_ROLES, { input: { personId: nina.id, roles: ['PROGRAM_MANAGER'] } });
    expect(await ledgerOf(workshopId, 'Nina Neu')).toEqual([{ status: 'PENDING', reason: null }]);

    await pm.data(INVITE, {
      input: { name: 'Ida Eingeladen', email: 'ida@example.org', roles: ['PROGRAM_MANAGER'] },
    });
    expect(await ledgerOf(workshopId, 'Ida Eingeladen')).toEqual([
      { status: 'PENDING', reason: null },
    ]);
  });
});
