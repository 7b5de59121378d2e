import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAt, type Answers } from '../../../test/render';
import { LedgerPage } from '../pages/LedgerPage';
import { pageAnswers, PROGRAMME, RULE } from '../test/answers';

const routes = [{ path: '/reminders', element: <LedgerPage /> }];

const PREVIEW = {
  previewReminders: [
    {
      __typename: 'ReminderPreview',
      dueAt: '2026-12-08T08:00:00.000Z',
      status: 'PENDING',
      reason: null,
      recipient: { __typename: 'Person', id: 'p1', name: 'Lena Hartmann' },
      event: { __typename: 'WorkshopReminderEvent', id: 'w1', title: 'Auftaktworkshop' },
    },
  ],
};

async function openNewRule(answers: Answers) {
  const view = await renderAt('/reminders', routes, pageAnswers(answers));
  await userEvent.click(await screen.findByRole('button', { name: 'Neue Regel' }));
  const form = screen.getByRole('form', { name: 'Neue Regel' });
  return { ...view, form };
}

describe('the reminder rule form', () => {
  it('lists the rule in words', async () => {
    await renderAt('/reminders', routes, pageAnswers());
    expect(
      await screen.findByRole('region', {
        name: 'Erinnerung an Teilnehmende, 1 Tag vor dem Beginn',
      }),
    ).toHaveTextContent('Workshops · Alle Durchgänge des Programms');
  });

  it('checks the numbers before asking the server, next to the field', async () => {
    const { form, calls } = await openNewRule({});
    const days = within(form).getByLabelText('Tage');
    const minutes = within(form).getByLabelText('Minuten');
    await userEvent.clear(days);
    await userEvent.clear(minutes);
    await userEvent.type(minutes, '20000');
    await userEvent.click(within(form).getByRole('button', { name: 'Regel anlegen' }));

    expect(days).toHaveAccessibleDescription(
      expect.stringContaining('Bitte eine Zahl von Tagen angeben'),
    );
    expect(days).toHaveAttribute('aria-invalid', 'true');
    expect(minutes).toHaveAccessibleDescription(expect.stringContaining('Höchstens 10080 Minuten'));
    expect(calls.map((c) => c.name)).not.toContain('CreateReminderRule');

    await userEvent.type(days, '-2');
    expect(days).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('offers only the audiences of the kind, and of the nudge for a nudge', async () => {
    const { form } = await openNewRule({});
    const audience = within(form).getByLabelText('Empfänger:innen');
    expect(
      within(audience)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Teilnehmende', 'Referent:innen']);
    await userEvent.selectOptions(within(form).getByLabelText('E-Mail'), 'NUDGE');
    expect(within(form).getByLabelText('Anlass des Nachfassens')).toHaveValue(
      'ATTENDANCE_NOT_RECORDED',
    );
    // In the person's language, not the server's description.
    expect(
      within(within(form).getByLabelText('Anlass des Nachfassens'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Anwesenheit nicht erfasst']);
    expect(
      within(audience)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Programmleitung']);
  });

  it('shows the server’s message next to the field it names, by reason when it names none', async () => {
    let answer = 0;
    const { form } = await openNewRule({
      CreateReminderRule: () =>
        answer++ === 0
          ? {
              errors: [
                {
                  message: 'Ungültige Eingabe',
                  extensions: {
                    code: 'BAD_USER_INPUT',
                    reason: 'AUDIENCE_NOT_OF_KIND',
                    fields: [
                      {
                        field: 'audience',
                        message: 'Erinnerungen zu WORKSHOP gehen an: PARTICIPANTS.',
                        reason: 'AUDIENCE_NOT_OF_KIND',
                      },
                    ],
                  },
                },
              ],
            }
          : {
              errors: [
                {
                  message: 'Diese Regel gibt es schon.',
                  extensions: { code: 'CONFLICT', reason: 'DUPLICATE_RULE' },
                },
              ],
            },
    });
    const submit = within(form).getByRole('button', { name: 'Regel anlegen' });
    await userEvent.click(submit);
    await waitFor(() =>
      expect(within(form).getByLabelText('Empfänger:innen')).toHaveAccessibleDescription(
        'Erinnerungen zu WORKSHOP gehen an: PARTICIPANTS.',
      ),
    );

    await userEvent.click(submit);
    await waitFor(() =>
      expect(within(form).getByLabelText('Tage')).toHaveAccessibleDescription(
        expect.stringContaining('Diese Regel gibt es schon.'),
      ),
    );
    expect(within(form).getByLabelText('Empfänger:innen')).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('adds a cohort rule and shows its preview at once', async () => {
    const created = { ...RULE, id: 'rule-2', cohortId: 'cohort-7', offsetDays: -2 };
    const { form, calls } = await openNewRule({
      CreateReminderRule: () => ({ data: { createReminderRule: created } }),
      ReminderRules: () => ({ data: { reminderRules: [RULE, created] } }),
      PreviewReminders: () => ({ data: PREVIEW }),
    });
    await userEvent.selectOptions(within(form).getByLabelText('Gilt für'), 'cohort-7');
    await userEvent.selectOptions(
      within(form).getByLabelText('Ersetzt die Programmregel'),
      'rule-1',
    );
    const days = within(form).getByLabelText('Tage');
    await userEvent.clear(days);
    await userEvent.type(days, '-2');
    await userEvent.click(within(form).getByRole('button', { name: 'Regel anlegen' }));

    const card = await screen.findByRole('region', {
      name: 'Erinnerung an Teilnehmende, 2 Tage vor dem Beginn',
    });
    expect(calls.find((c) => c.name === 'CreateReminderRule')?.variables).toEqual({
      input: {
        programmeId: PROGRAMME.id,
        cohortId: 'cohort-7',
        replacesRuleId: 'rule-1',
        eventKind: 'WORKSHOP',
        template: 'REMINDER',
        nudge: null,
        audience: 'PARTICIPANTS',
        anchor: 'START',
        offsetDays: -2,
        offsetMinutes: 0,
        enabled: true,
      },
    });
    expect(within(card).getByRole('status')).toHaveTextContent('Gespeichert.');
    const preview = await within(card).findByRole('table', { name: /Vorschau der Regel/ });
    expect(within(preview).getByRole('cell', { name: 'Lena Hartmann' })).toBeInTheDocument();
    expect(calls.find((c) => c.name === 'PreviewReminders')?.variables).toEqual({
      ruleId: 'rule-2',
    });
  });

  it('changes only what was changed, switches off and deletes after asking', async () => {
    const { calls } = await renderAt(
      '/reminders',
      routes,
      pageAnswers({
        UpdateReminderRule: ({ input }) => ({
          data: { updateReminderRule: { ...RULE, ...(input as object) } },
        }),
        DeleteReminderRule: () => ({ data: { deleteReminderRule: true } }),
        PreviewReminders: () => ({ data: { previewReminders: [] } }),
      }),
    );
    const card = await screen.findByRole('region', { name: /1 Tag vor dem Beginn/ });
    await userEvent.click(within(card).getByRole('button', { name: 'Bearbeiten' }));
    const form = screen.getByRole('form', { name: 'Regel bearbeiten' });
    expect(within(form).getByLabelText('Art des Termins')).toBeDisabled();
    await userEvent.selectOptions(within(form).getByLabelText('Bezugspunkt'), 'END');
    await userEvent.click(within(form).getByRole('button', { name: 'Änderungen speichern' }));
    await waitFor(() =>
      expect(calls.find((c) => c.name === 'UpdateReminderRule')?.variables).toEqual({
        input: { id: 'rule-1', anchor: 'END' },
      }),
    );

    const again = await screen.findByRole('region', { name: /1 Tag vor dem Beginn/ });
    await userEvent.click(within(again).getByRole('button', { name: 'Ausschalten' }));
    expect(calls.at(-1)).toEqual({
      name: 'UpdateReminderRule',
      variables: { input: { id: 'rule-1', enabled: false } },
    });

    await userEvent.click(within(again).getByRole('button', { name: 'Löschen' }));
    expect(calls.map((c) => c.name)).not.toContain('DeleteReminderRule');
    await userEvent.click(within(again).getByRole('button', { name: 'Ja, löschen' }));
    await waitFor(() =>
      expect(calls.find((c) => c.name === 'DeleteReminderRule')?.variables).toEqual({
        id: 'rule-1',
      }),
    );
    expect(await screen.findByText('Die Regel ist gelöscht.')).toBeInTheDocument();
  });
});
