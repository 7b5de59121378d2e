import { parseCalendar } from '../support/ical';
import { CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

const CREATE_FEED = 'mutation { createCalendarFeed { url } }';
const CREATE_WORKSHOP = `mutation ($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`;

describe('calendar feeds', () => {
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    t = await TestApp.start({ APP_URL: 'https://zyklus.example.org' });
    pm = await t.manager();
    t.clock.set('2025-01-10T09:00:00Z');
  });
  afterAll(() => t.close());

  /** The path of a feed URL, fetched from the app. */
  const fetchFeed = (url: string) => t.http().get(new URL(url).pathname);

  async function workshop(cohortId: string, title: string, publish = true, extra = {}) {
    const { createWorkshop } = await pm.data(CREATE_WORKSHOP, {
      input: {
        cohortId,
        kind: 'OTHER',
        title,
        format: 'ONLINE',
        onlineUrl: `https://meet.example.org/${encodeURIComponent(title)}`,
        days: [{ date: '2025-02-12', startTime: '09:30', endTime: '16:00' }],
        ...extra,
      },
    });
    if (publish)
      await pm.data('mutation ($id: ID!) { publishWorkshop(id: $id) { id } }', {
        id: createWorkshop.id,
      });
    return createWorkshop.id as string;
  }

  it('gives a coordinator a secret feed with their cohort’s workshops, link included, drafts and other cohorts left out', async () => {
    const cohort = await t.given.cohort({
      startDate: '2024-11-27',
      endDate: '2025-10-31',
      status: CohortStatus.RUNNING,
    });
    const other = await t.given.cohort({
      startDate: '2024-11-27',
      endDate: '2025-10-31',
      status: CohortStatus.RUNNING,
    });
    const { person } = await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE);
    const mine = await workshop(cohort.id, 'Wirkungslogik');
    const draft = await workshop(cohort.id, 'Entwurf', false);
    const foreign = await workshop(other.id, 'Fremder Workshop');
    const coordinator = await t.as(person);

    const { createCalendarFeed } = await coordinator.data(CREATE_FEED);
    expect(createCalendarFeed.url).toMatch(
      /^https:\/\/zyklus\.example\.org\/calendar\/[\w-]{43}\.ics$/,
    );
    const response = await fetchFeed(createCalendarFeed.url).expect(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const ics = response.text;
    // An independent parser (Mozilla's ical.js) reads the feed as a calendar app would.
    const parsed = parseCalendar(ics);
    expect(parsed.method).toBe('PUBLISH');
    expect(parsed.events.find((e) => e.uid === `workshop-${mine}@zyklus`)).toMatchObject({
      summary: 'Wirkungslogik',
      start: new Date('2025-02-12T08:30:00Z'),
      url: expect.stringMatching(/^https:\/\/meet\.example\.org\/Wirkungslogik/),
    });
    expect(ics).toContain('METHOD:PUBLISH');
    expect(ics).toContain(`UID:workshop-${mine}@zyklus`);
    expect(ics).toContain('SUMMARY:Wirkungslogik');
    // 12 February 09:30 in Berlin is 08:30 UTC.
    expect(ics).toContain('DTSTART:20250212T083000Z');
    expect(ics).toContain('https://meet.example.org/Wirkungslogik');
    expect(ics).not.toContain(draft);
    expect(ics).not.toContain(foreign);
  });

  it('lists a cohort’s workshops only for networks that take part: not invited, waiting or withdrawn ones', async () => {
    const cohort = await t.given.cohort({
      startDate: '2024-11-27',
      endDate: '2025-10-31',
      status: CohortStatus.RUNNING,
    });
    const id = await workshop(cohort.id, 'Wirkungsmessung');
    const seen: Record<string, boolean> = {};
    for (const status of [
      ParticipationStatus.INVITED,
      ParticipationStatus.WAITLISTED,
      ParticipationStatus.ENROLLED,
      ParticipationStatus.ACTIVE,
      ParticipationStatus.COMPLETED,
      ParticipationStatus.WITHDRAWN,
    ]) {
      const { person } = await t.given.coordinatorIn(cohort, status);
      const { createCalendarFeed } = await (await t.as(person)).data(CREATE_FEED);
      seen[status] = (await fetchFeed(createCalendarFeed.url).expect(200)).text.includes(
        `UID:workshop-${id}@zyklus`,
      );
    }
    expect(seen).toEqual({
      INVITED: false,
      WAITLISTED: false,
      ENROLLED: true,
      ACTIVE: true,
      COMPLETED: true,
      WITHDRAWN: false,
    });
  });

  it('shows a cancelled workshop as cancelled, so subscribed calendars drop it', async () => {
    const cohort = await t.given.cohort({
      status: CohortStatus.RUNNING,
      startDate: '2024-11-27',
      endDate: '2025-10-31',
    });
    const { person } = await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE);
    const id = await workshop(cohort.id, 'Storytelling');
    await pm.data(
      'mutation ($input: CancelWorkshopInput!) { cancelWorkshop(input: $input) { id } }',
      {
        input: { id, reason: 'Raum nicht verfügbar' },
      },
    );
    const { createCalendarFeed } = await (await t.as(person)).data(CREATE_FEED);
    const ics = (await fetchFeed(createCalendarFeed.url).expect(200)).text;
    expect(ics).toContain(`UID:workshop-${id}@zyklus`);
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('SEQUENCE:1');
  });

  it('includes a workshop for its facilitator, and everything for a program manager', async () => {
    const cohort = await t.given.cohort({
      status: CohortStatus.RUNNING,
      startDate: '2024-11-27',
      endDate: '2025-10-31',
    });
    const expert = await t.given.person({ name: 'Dr. Imke Impuls' });
    const id = await workshop(cohort.id, 'Wirkungsmessung', true, {
      facilitators: [{ personId: expert.id, contribution: 'Impuls (halber Tag)' }],
    });
    const elsewhere = await workshop((await t.given.cohort()).id, 'Anderer Durchgang');

    const expertFeed = (await (await t.as(expert)).data(CREATE_FEED)).createCalendarFeed.url;
    const forExpert = (await fetchFeed(expertFeed).expect(200)).text;
    expect(forExpert).toContain(`UID:workshop-${id}@zyklus`);
    expect(forExpert).toContain('https://meet.example.org/Wirkungsmessung');
    expect(forExpert).not.toContain(elsewhere);
    // The API agrees: the facilitator sees the workshop and its link there too.
    const { workshop: inApi } = await (
      await t.as(expert)
    ).data('query ($id: ID!) { workshop(id: $id) { title onlineUrl } }', { id });
    expect(inApi).toEqual({
      title: 'Wirkungsmessung',
      onlineUrl: 'https://meet.example.org/Wirkungsmessung',
    });

    const managerFeed = (await pm.data(CREATE_FEED)).createCalendarFeed.url;
    const forManager = (await fetchFeed(managerFeed).expect(200)).text;
    expect(forManager).toContain(id);
    expect(forManager).toContain(elsewhere);
  });

  it('builds a feed of 12 workshops with as many SQL statements as one of 2', async () => {
    async function feedWith(count: number) {
      const cohort = await t.given.cohort({
        startDate: '2024-11-27',
        endDate: '2025-10-31',
        status: CohortStatus.RUNNING,
      });
      const { person } = await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE);
      await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE);
      const expert = await t.given.person();
      for (let i = 0; i < count; i++) {
        const date = `2025-03-${String(3 + i).padStart(2, '0')}`;
        await workshop(cohort.id, `Workshop ${count}-${i}`, true, {
          days: [{ date, startTime: '09:30', endTime: '16:00' }],
          facilitators: [{ personId: expert.id }],
        });
      }
      return (await (await t.as(person)).data(CREATE_FEED)).createCalendarFeed.url as string;
    }
    const small = await feedWith(2);
    const large = await feedWith(12);
    await fetchFeed(small).expect(200); // warm-up

    let ics = '';
    const smallCount = await t.countStatements(() => fetchFeed(small).expect(200));
    const largeCount = await t.countStatements(async () => {
      ics = (await fetchFeed(large).expect(200)).text;
    });

    // The feed is complete, links included, so the count is not small because of a gap.
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(12);
    expect(parseCalendar(ics).events).toHaveLength(12);
    expect(ics.match(/^URL[;:].*meet\.example\.org/gm)).toHaveLength(12);
    expect(largeCount).toBe(smallCount);
    expect(largeCount).toBeLessThan(15);
  });

  it('retires the old address when a new one is made, and switches the feed off when revoked', async () => {
    const person = await t.given.person();
    const client = await t.as(person);
    const first = (await client.data(CREATE_FEED)).createCalendarFeed.url;
    await fetchFeed(first).expect(200);
    const second = (await client.data(CREATE_FEED)).createCalendarFeed.url;
    const gone = await fetchFeed(first).expect(404);
    expect(gone.body).toMatchObject({ code: 'NOT_FOUND' });
    await fetchFeed(second).expect(200);
    expect(
      (await client.data('{ calendarFeed { createdAt lastUsedAt } }')).calendarFeed.lastUsedAt,
    ).not.toBeNull();

    expect((await client.data('mutation { revokeCalendarFeed }')).revokeCalendarFeed).toBe(true);
    await fetchFeed(second).expect(404);
    expect((await client.data('{ calendarFeed { createdAt } }')).calendarFeed).toBeNull();
    await t.http().get('/calendar/not-a-token.ics').expect(404);
  });
});
