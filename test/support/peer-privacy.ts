import { givenPeerGroup, PeerScenario, planRound } from './peer-rounds';
import { TestApp } from './test-app';

/** What member 1 wrote, and what member 2 wrote (which member 1's export must never hold). */
export const OWN = {
  title: 'Eigener Fall Elternabend',
  keyQuestion: 'Wie gewinne ich die Eltern für das Netzwerk?',
  text: 'Mein Text: die Elternvertretung antwortet nicht',
  queued: 'Mein zweiter Fall, noch in der Warteschlange',
  minutes: 'Protokoll von Mitglied 1: Fallberatung zu Elternarbeit',
  reflection: 'Meine Reflexion: hilfreiche Runde',
};
export const OTHERS = {
  title: 'Fremder Fall Schulleitung',
  keyQuestion: 'Was tun, wenn die Schulleitung blockiert?',
  text: 'Text von Mitglied 2: die Schulleiterin blockiert',
  minutes: 'Protokoll von Mitglied 2: Empfehlung Förderverein',
  reflection: 'Reflexion von Mitglied 2: zu lang',
};

const PROPOSE = `mutation($input: ProposePeerCaseInput!) { proposePeerCase(input: $input) { id } }`;
const SCHEDULE = `mutation($input: SchedulePeerCaseInput!) { schedulePeerCase(input: $input) { id } }`;
const ASSIGN = `mutation($input: AssignPeerRolesInput!) { assignPeerRoundRoles(input: $input) { id } }`;
const RSVP = `mutation($input: RespondToPeerRoundInput!) { respondToPeerRound(input: $input) { id } }`;
const ATTEND = `mutation($input: RecordPeerAttendanceInput!) { recordPeerRoundAttendance(input: $input) { id } }`;
const MINUTES = `mutation($input: WritePeerMinutesInput!) { writePeerRoundMinutes(input: $input) { text } }`;
const FEEDBACK = `mutation($input: GivePeerFeedbackInput!) { givePeerRoundFeedback(input: $input) { rating } }`;

export interface PeerHistory extends PeerScenario {
  /** Held on 3 March (minutes by member 1) and 5 March (member 2's), planned on 12 March. */
  roundIds: { first: string; second: string; ahead: string };
}

/**
 * A group of three members since 1 January 2025 with two held rounds and one ahead, each member
 * writing their own case, minutes and feedback; member 1 moderates the round ahead and has a
 * case still queued. The clock ends on 5 March 2025, 20:00 UTC (starts on 1 March).
 */
export async function givenPeerHistory(t: TestApp): Promise<PeerHistory> {
  const s = await givenPeerGroup(t, { size: 3, fromDate: '2025-01-01' });
  const [m1, m2, m3] = s.people;
  const first = await planRound(s.pm, s.groupId, '2025-03-03');
  const second = await planRound(s.pm, s.groupId, '2025-03-05');
  const ahead = await planRound(s.pm, s.groupId, '2025-03-12');
  const [c1, c2] = s.clients;
  const own = await c1!.data(PROPOSE, {
    input: { groupId: s.groupId, title: OWN.title, keyQuestion: OWN.keyQuestion, text: OWN.text },
  });
  await c1!.data(PROPOSE, {
    input: { groupId: s.groupId, title: OWN.queued, keyQuestion: OWN.queued },
  });
  const other = await c2!.data(PROPOSE, {
    input: {
      groupId: s.groupId,
      title: OTHERS.title,
      keyQuestion: OTHERS.keyQuestion,
      text: OTHERS.text,
    },
  });
  await s.pm.data(ASSIGN, {
    input: { roundId: second.id, moderatorId: m3!.id, secretaryId: m2!.id, caseGiverIds: [] },
  });
  await s.pm.data(ASSIGN, { input: { roundId: ahead.id, moderatorId: m1!.id, caseGiverIds: [] } });
  await c1!.data(SCHEDULE, { input: { caseId: own.proposePeerCase.id, roundId: second.id } });
  await c2!.data(SCHEDULE, { input: { caseId: other.proposePeerCase.id, roundId: second.id } });
  await c1!.data(RSVP, { input: { roundId: second.id, answer: 'YES' } });
  await c2!.data(RSVP, { input: { roundId: second.id, answer: 'YES' } });
  await c1!.data(RSVP, { input: { roundId: ahead.id, answer: 'MAYBE' } });

  t.clock.set('2025-03-03T20:00:00Z');
  const a1 = await t.as(m1!);
  await a1.data(ATTEND, {
    input: { roundId: first.id, held: true, presentPersonIds: [m1!.id, m2!.id] },
  });
  await a1.data(MINUTES, { input: { roundId: first.id, text: OWN.minutes } });

  t.clock.set('2025-03-05T20:00:00Z');
  const [b1, b2] = [await t.as(m1!), await t.as(m2!)];
  await b2.data(ATTEND, {
    input: { roundId: second.id, held: true, presentPersonIds: s.people.map((p) => p.id) },
  });
  await b2.data(MINUTES, { input: { roundId: second.id, text: OTHERS.minutes } });
  await b1.data(FEEDBACK, { input: { roundId: second.id, rating: 4, reflection: OWN.reflection } });
  await b2.data(FEEDBACK, {
    input: { roundId: second.id, rating: 2, reflection: OTHERS.reflection },
  });
  return { ...s, roundIds: { first: first.id, second: second.id, ahead: ahead.id } };
}
