import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../../test/render';
import { ledgerPage, pageAnswers } from '../test/answers';
import { LedgerPage } from './LedgerPage';

const routes = [{ path: '/reminders', element: <LedgerPage /> }];

const ledgerCalls = (calls: { name: string; variables: Record<string, unknown> }[]) =>
  calls.filter((c) => c.name === 'ReminderLedger').map((c) => c.variables);

describe('the reminder ledger’s filters', () => {
  it('reads the filters from the address, so a shared link shows the same list', async () => {
    const { calls } = await renderAt(
      '/reminders?status=FAILED&cohort=cohort-7&kind=WORKSHOP&person=p-9&from=2026-12-07&to=2026-12-08',
      routes,
      pageAnswers({
        LedgerPerson: () => ({
          data: {
            person: {
              __typename: 'Person',
              id: 'p-9',
              name: 'Jonas Weber',
              email: 'jonas@example.org',
            },
          },
        }),
      }),
    );
    await screen.findByRole('cell', { name: 'Lena Hartmann' });
    expect(ledgerCalls(calls)[0]).toEqual({
      status: ['FAILED'],
      cohortId: 'cohort-7',
      eventKind: 'WORKSHOP',
      personId: 'p-9',
      // Days in the programme's zone: Berlin is UTC+1 in December; "to" includes its day.
      dueFrom: '2026-12-06T23:00:00.000Z',
      dueTo: '2026-12-08T23:00:00.000Z',
      after: null,
    });
    expect(screen.getByLabelText('Status')).toHaveValue('FAILED');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Person' })).toHaveValue(
        'Jonas Weber (jonas@example.org)',
      ),
    );
  });

  it('puts each filter into the query and the address', async () => {
    const { calls, router } = await renderAt(
      '/reminders',
      routes,
      pageAnswers({
        LedgerPeople: ({ search }) => ({
          data: {
            people: {
              __typename: 'PersonConnection',
              nodes:
                search === 'Lena'
                  ? [
                      {
                        __typename: 'Person',
                        id: 'p-lena',
                        name: 'Lena Hartmann',
                        email: 'lena@example.org',
                      },
                    ]
                  : [],
            },
          },
        }),
      }),
    );
    await screen.findByRole('cell', { name: 'Lena Hartmann' });

    await userEvent.selectOptions(screen.getByLabelText('Durchgang'), 'cohort-7');
    await userEvent.selectOptions(screen.getByLabelText('Art des Termins'), 'WORKSHOP');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'PENDING');
    fireEvent.change(screen.getByLabelText('Fällig ab (Tag)'), { target: { value: '2026-07-01' } });
    await userEvent.type(screen.getByRole('combobox', { name: 'Person' }), 'Lena');
    await userEvent.click(
      await screen.findByRole('option', { name: 'Lena Hartmann (lena@example.org)' }),
    );

    await waitFor(() =>
      expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
        cohort: 'cohort-7',
        kind: 'WORKSHOP',
        status: 'PENDING',
        from: '2026-07-01',
        person: 'p-lena',
      }),
    );
    expect(ledgerCalls(calls).at(-1)).toEqual({
      status: ['PENDING'],
      cohortId: 'cohort-7',
      eventKind: 'WORKSHOP',
      personId: 'p-lena',
      // Summer time: midnight in Berlin is 22:00 UTC.
      dueFrom: '2026-06-30T22:00:00.000Z',
      dueTo: null,
      after: null,
    });

    await userEvent.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('does not ask for a period that ends before it begins, and says so', async () => {
    const { calls } = await renderAt(
      '/reminders?from=2026-12-10&to=2026-12-01',
      routes,
      pageAnswers(),
    );
    await screen.findByRole('cell', { name: 'Lena Hartmann' });
    expect(screen.getByLabelText(/Fällig bis/)).toHaveAccessibleDescription(
      'Das Ende liegt vor dem Anfang.',
    );
    expect(ledgerCalls(calls)[0]).toMatchObject({ dueFrom: null, dueTo: null });
  });

  it('loads the next page below the first', async () => {
    const { calls } = await renderAt(
      '/reminders?status=SENT',
      routes,
      pageAnswers({
        ReminderLedger: ({ after }) => ({
          data: after
            ? ledgerPage([{ id: 'r2', name: 'Jonas Weber' }], { total: 2 })
            : ledgerPage([{ id: 'r1', name: 'Lena Hartmann' }], {
                total: 2,
                hasNextPage: true,
                endCursor: 'cursor-1',
              }),
        }),
      }),
    );
    expect(await screen.findByText('1 von 2 angezeigt')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Weitere laden' }));

    await screen.findByRole('cell', { name: 'Jonas Weber' });
    expect(screen.getByRole('cell', { name: 'Lena Hartmann' })).toBeInTheDocument();
    expect(screen.getByText('2 Erinnerungen')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Weitere laden' })).toBeNull();
    expect(ledgerCalls(calls).at(-1)).toMatchObject({ status: ['SENT'], after: 'cursor-1' });
  });

  it('names a contact without an account only as whose contact it is', async () => {
    await renderAt(
      '/reminders',
      routes,
      pageAnswers({
        ReminderLedger: () => ({
          data: ledgerPage([
            { id: 'r1', name: 'Lena Hartmann' },
            { id: 'r2', name: '', contact: 'Schülerlabor Elbe e.V.' },
          ]),
        }),
      }),
    );
    await screen.findByRole('cell', { name: 'Ansprechperson: Schülerlabor Elbe e.V.' });
    expect(screen.getByRole('cell', { name: 'Lena Hartmann' })).toBeInTheDocument();
  });
});
