import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../../app/feature';
import { ViewerContext } from '../../../app/viewer-context';
import { renderAt } from '../../../test/render';
import { RoundPage } from './RoundPage';

const lena: Viewer = {
  id: 'p-lena',
  name: 'Lena Hartmann',
  isManager: false,
  isCoordinator: true,
  isAlumnus: false,
};
const petra: Viewer = {
  id: 'p-petra',
  name: 'Petra Planer',
  isManager: true,
  isCoordinator: false,
  isAlumnus: false,
};

const routes = (viewer: Viewer) => [
  {
    path: '/runden/:id',
    element: (
      <ViewerContext.Provider value={viewer}>
        <RoundPage />
      </ViewerContext.Provider>
    ),
  },
];

const inDays = (days: number, hour: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

function basics(isMine: boolean, myRsvp: string | null = null, days = 7) {
  const startsAt = inDays(days, 17);
  return {
    data: {
      peerRound: {
        __typename: 'PeerRound',
        id: 'r1',
        groupId: 'g1',
        status: 'PLANNED',
        startsAt,
        endsAt: inDays(days, 18),
        format: 'ONLINE',
        place: null,
        onlineUrl: 'https://meet.example.org/runde',
        cancellationReason: null,
        myRsvp,
        isMine,
        attendanceCount: null,
        time: {
          date: startsAt.slice(0, 10),
          startTime: '18:00:00',
          endTime: '19:00:00',
          timeZone: 'Europe/Berlin',
        },
        roles: [{ role: 'MODERATOR', personId: 'p-jonas', name: 'Jonas Weber' }],
        rsvpCounts: { yes: 1, no: 0, maybe: 0 },
        group: { id: 'g1', name: 'Runde Mitte', method: 'KOLLEGIALE_FALLBERATUNG' },
      },
    },
  };
}

const contents = () => ({
  data: {
    peerRound: {
      id: 'r1',
      cases: [],
      minutes: null,
      rsvps: [],
      attendance: null,
      myFeedback: null,
      group: {
        id: 'g1',
        members: [
          {
            personId: 'p-lena',
            name: 'Lena Hartmann',
            current: true,
            fromDate: '2026-01-01',
            toDate: null,
          },
          {
            personId: 'p-jonas',
            name: 'Jonas Weber',
            current: true,
            fromDate: '2026-01-01',
            toDate: null,
          },
        ],
        caseQueue: [],
      },
    },
  },
});

const responded = (variables: Record<string, unknown>) => ({
  data: {
    respondToPeerRound: {
      id: 'r1',
      myRsvp: (variables.input as { answer: string }).answer,
      rsvpCounts: { yes: 1, no: 1, maybe: 0 },
    },
  },
});

describe('a round’s page (the address in the reminder mails)', () => {
  it('preselects the answer the link proposes but stores nothing until the click', async () => {
    const { calls } = await renderAt('/runden/r1?answer=NO', routes(lena), {
      PeerRoundBasics: () => basics(true),
      PeerRoundContents: contents,
      RespondToPeerRound: responded,
    });

    const no = await screen.findByRole('radio', { name: 'Nein, ich kann nicht' });
    expect(no).toBeChecked();
    expect(screen.getByText(/Sie gilt erst, wenn Sie auf „Antwort senden“ klicken/)).toBeVisible();
    expect(screen.getByText('Sie haben noch nicht geantwortet.')).toBeVisible();
    expect(calls.map((c) => c.name)).not.toContain('RespondToPeerRound');

    await userEvent.click(screen.getByRole('button', { name: 'Antwort senden' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Ihre Antwort ist gespeichert: Nein, ich kann nicht.',
    );
    expect(calls.filter((c) => c.name === 'RespondToPeerRound')).toEqual([
      { name: 'RespondToPeerRound', variables: { input: { roundId: 'r1', answer: 'NO' } } },
    ]);
  });

  it('without a proposal shows the answer given before, and another click changes it', async () => {
    const { calls } = await renderAt('/runden/r1', routes(lena), {
      PeerRoundBasics: () => basics(true, 'YES'),
      PeerRoundContents: contents,
      RespondToPeerRound: responded,
    });
    expect(await screen.findByRole('radio', { name: 'Ja, ich komme' })).toBeChecked();
    expect(screen.getByText('Bisher haben Sie geantwortet: Ja, ich komme.')).toBeVisible();
    await userEvent.click(screen.getByRole('radio', { name: 'Vielleicht' }));
    expect(calls.map((c) => c.name)).not.toContain('RespondToPeerRound');
    await userEvent.click(screen.getByRole('button', { name: 'Antwort senden' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.name === 'RespondToPeerRound')).toEqual([
        { name: 'RespondToPeerRound', variables: { input: { roundId: 'r1', answer: 'MAYBE' } } },
      ]),
    );
  });

  it('after the round: attendance, minutes, and no answer form any more', async () => {
    const { calls } = await renderAt('/runden/r1', routes(lena), {
      PeerRoundBasics: () => basics(true, 'YES', -2),
      PeerRoundContents: contents,
      WritePeerRoundMinutes: (v) => ({
        data: {
          writePeerRoundMinutes: {
            text: (v.input as { text: string }).text,
            updatedAt: new Date().toISOString(),
          },
        },
      }),
    });
    await screen.findByRole('heading', { name: 'Anwesenheit' });
    expect(screen.queryByRole('button', { name: 'Antwort senden' })).toBeNull();
    await userEvent.type(screen.getByLabelText('Protokoll der Runde'), 'Notiz');
    await userEvent.click(screen.getByRole('button', { name: 'Protokoll speichern' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Das Protokoll ist gespeichert.');
    expect(calls.find((c) => c.name === 'WritePeerRoundMinutes')?.variables).toEqual({
      input: { roundId: 'r1', text: 'Notiz' },
    });
  });

  it('never asks for the contents when the viewer is not a member (a program manager)', async () => {
    const { calls } = await renderAt('/runden/r1?answer=YES', routes(petra), {
      PeerRoundBasics: () => basics(false),
      PeerRoundContents: contents,
    });
    await screen.findByRole('heading', { level: 1, name: /Runde Mitte – Runde am/ });
    expect(screen.getByText('Moderation: Jonas Weber')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Zur Gruppe Runde Mitte' })).toHaveAttribute(
      'href',
      '/runden/gruppen/g1',
    );
    expect(screen.queryByRole('button', { name: 'Antwort senden' })).toBeNull();
    expect(calls.map((c) => c.name)).toEqual(['PeerRoundBasics']);
  });
});
