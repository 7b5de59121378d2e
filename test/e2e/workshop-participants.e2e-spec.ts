import { PersonEntity } from '@zyklus/identity';
import { DOCS, mailsOf, ReminderHarness } from '../support/reminder-scenario';

const LINK = 'https://meet.example.org/wirkungsmessung';
const CREATE_FEED = 'mutation { createCalendarFeed { url } }';
const WORKSHOP = `query ($id: ID!) { workshop(id: $id) { title onlineUrl } }`;
const COHORT = `query ($id: ID!) { cohort(id: $id) { title } }`;
const COMPLETE = `mutation ($input: CompleteParticipationInput!) {
  completeParticipation(input: $input) { status }
}`;

/** What one person is shown of one workshop: in the API, in their feed, and their reminders. */
interface Shown {
  /** The workshop's online link in the API, or the error code. */
  api: string | null;
  /** Whether their calendar feed holds the workshop, and with which link. */
  feed: { url: string | null } | false;
}

/**
 * The participants of a workshop are the same people everywhere: those its reminders go to
 * (who coordinates a network with a place on its first day) see its online link in the API and
 * find it in their calendar feed; nobody else (but program managers and facilitators) does.
 */
describe('the participants of a workshop: reminders, online link and calendar feed agree', () => {
  let h: ReminderHarness;
  beforeAll(async () => {
    h = await ReminderHarness.start();
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  /** The feed entry of `workshopId` (unfolded), or false when the feed does not hold it. */
  async function feedEntry(person: PersonEntity, workshopId: string) {
    const client = await h.t.as(person);
    const { createCalendarFeed } = await client.data(CREATE_FEED);
    const ics = (await h.t.http().get(new URL(createCalendarFeed.url).pathname).expect(200)).text;
    const event = ics
      .replace(/\r\n[ \t]/g, '')
      .split('BEGIN:VEVENT')
      .find((block) => block.includes(`UID:workshop-${workshopId}@zyklus`));
    if (!event) return false;
    return { url: /^URL(?:;[^:\r\n]*)?:(.*)$/m.exec(event)?.[1]?.trim() ?? null };
  }

  async function shown(person: PersonEntity, workshopId: string): Promise<Shown> {
    const answer = await (await h.t.as(person)).gql(WORKSHOP, { id: workshopId });
    const api = answer.errors?.length
      ? String(answer.errors[0]!.extensions?.code)
      : (answer.data!.workshop.onlineUrl as string | null);
    return { api, feed: await feedEntry(person, workshopId) };
  }

  const participant: Shown = { api: LINK, feed: { url: LINK } };
  const onlooker: Shown = { api: null, feed: false };

  /** Recipient, offset and status of each reminder of the workshop. */
  async function reminders(workshopId: string) {
    return (await h.given.ledger(workshopId))
      .map((r) => `${r.recipient?.name} ${r.rule?.offsetDays} ${r.status}`)
      .sort();
  }

  it('follows a hand-over dated before the workshop: the successor gets reminders, link and feed entry, the predecessor none of them', async () => {
    const { t, pm, given, dispatcher, sink } = h;
    // 1 March: Carl takes over Anna's network from 20 March; the workshop is on 31 March.
    const { workshopId, anna } = await given.workshop();
    const carl = await t.given.person({ name: 'Carl Conrad' });
    await pm.data(DOCS.setCoordinator, {
      input: { networkId: anna.network.id, personId: carl.id, startDate: '2025-03-20' },
    });

    expect(await reminders(workshopId)).toEqual([
      'Anna Alt -1 CANCELLED',
      'Anna Alt -7 CANCELLED',
      'Ben Brandt -1 PENDING',
      'Ben Brandt -7 PENDING',
      'Carl Conrad -1 PENDING',
      'Carl Conrad -7 PENDING',
    ]);
    expect(await shown(carl, workshopId)).toEqual(participant);
    // Anna still coordinates the network until 19 March: she sees the cohort's workshop, but
    // she will not be there, so no link and nothing in her calendar.
    expect(await shown(anna.person, workshopId)).toEqual(onlooker);

    // 24 March, after the hand-over: the reminders go to Carl with the link; nothing shifted.
    t.clock.set('2025-03-24T08:00:00Z');
    await dispatcher.tick();
    expect(mailsOf(sink.messages)).toEqual([
      'Ben Brandt: Erinnerung: Wirkungsmessung am 31.03.2025',
      'Carl Conrad: Erinnerung: Wirkungsmessung am 31.03.2025',
    ]);
    const toCarl = sink.messages.find((m) => JSON.stringify(m.to).includes('Carl Conrad'));
    expect(toCarl?.text).toContain(LINK);
    expect(await shown(carl, workshopId)).toEqual(participant);
    expect(await shown(anna.person, workshopId)).toEqual(onlooker);
  });

  it('keeps a former coordinator’s past workshop in the API and in her feed, with its link; the later ones are her successor’s', async () => {
    const { t, pm, given } = h;
    t.clock.set('2025-02-01T09:00:00Z');
    const { workshopId: past, cohort, anna } = await given.workshop({ date: '2025-02-12' });
    const { createWorkshop } = await pm.data(DOCS.createWorkshop, {
      input: {
        cohortId: cohort.id,
        kind: 'STORYTELLING',
        title: 'Storytelling',
        format: 'ONLINE',
        onlineUrl: LINK,
        days: [{ date: '2025-03-31', startTime: '09:00', endTime: '16:00' }],
      },
    });
    const later = createWorkshop.id as string;
    await pm.data(DOCS.publish, { id: later });
    // 1 March: recorded that Carl has coordinated Anna's network since 20 February.
    t.clock.set('2025-03-01T09:00:00Z');
    await pm.data(DOCS.complete, { id: past });
    const carl = await t.given.person({ name: 'Carl Conrad' });
    await pm.data(DOCS.setCoordinator, {
      input: { networkId: anna.network.id, personId: carl.id, startDate: '2025-02-20' },
    });

    // Anna was there on 12 February: the workshop stays in her calendar, the link with it.
    expect(await shown(anna.person, past)).toEqual(participant);
    expect(await shown(anna.person, later)).toEqual(onlooker);
    // Carl was not there on 12 February; the workshop on 31 March is his.
    expect(await shown(carl, past)).toEqual(onlooker);
    expect(await shown(carl, later)).toEqual(participant);
    expect(await reminders(later)).toEqual([
      'Anna Alt -1 CANCELLED',
      'Anna Alt -7 CANCELLED',
      'Ben Brandt -1 PENDING',
      'Ben Brandt -7 PENDING',
      'Carl Conrad -1 PENDING',
      'Carl Conrad -7 PENDING',
    ]);
  });

  it('shows a participant the workshop even when its day lies outside the cohort’s period and they handed over before the cohort began', async () => {
    const { t, pm, given } = h;
    // The cohort runs from 27 November 2024; its kick-off is planned for 25 November.
    t.clock.set('2024-11-01T09:00:00Z');
    const { workshopId, cohort, anna } = await given.workshop({ date: '2024-11-25' });
    t.clock.set('2025-03-01T09:00:00Z');
    const carl = await t.given.person({ name: 'Carl Conrad' });
    await pm.data(DOCS.setCoordinator, {
      input: { networkId: anna.network.id, personId: carl.id, startDate: '2024-11-26' },
    });

    // Anna coordinated the network on the kick-off's day: she took part in it. The cohort
    // itself is Carl's.
    expect(await shown(anna.person, workshopId)).toEqual(participant);
    const cohortForAnna = await (await t.as(anna.person)).gql(COHORT, { id: cohort.id });
    expect(cohortForAnna.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await shown(carl, workshopId)).toEqual(onlooker);
  });

  it('leaves out a network whose participation completed before the workshop, as the reminders do', async () => {
    const { pm, given } = h;
    const { workshopId, anna, ben } = await given.workshop();
    await pm.data(COMPLETE, { input: { id: anna.participation.id, completedOn: '2025-03-01' } });

    expect(await reminders(workshopId)).toEqual([
      'Anna Alt -1 CANCELLED',
      'Anna Alt -7 CANCELLED',
      'Ben Brandt -1 PENDING',
      'Ben Brandt -7 PENDING',
    ]);
    expect(await shown(anna.person, workshopId)).toEqual(onlooker);
    expect(await shown(ben.person, workshopId)).toEqual(participant);
  });
});
