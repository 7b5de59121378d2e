import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAt, type Answers } from '../../../test/render';
import { confirms, EraseForm } from './EraseForm';

const erased = { data: { erasePerson: { personId: 'p1', contexts: [] } } };

function renderForm(answers: Answers) {
  let done = 0;
  const view = renderAt(
    '/',
    [
      {
        path: '/',
        element: <EraseForm personId="p1" name="Lena Hartmann" onErased={() => (done += 1)} />,
      },
    ],
    answers,
  );
  return { view, done: () => done };
}

describe('erasing a person', () => {
  it('compares the typed name as the server does (surrounding spaces aside)', () => {
    expect(confirms('Lena Hartmann', 'Lena Hartmann')).toBe(true);
    expect(confirms('  Lena Hartmann ', 'Lena Hartmann')).toBe(true);
    expect(confirms('lena hartmann', 'Lena Hartmann')).toBe(false);
    expect(confirms('Lena', 'Lena Hartmann')).toBe(false);
    expect(confirms('   ', '')).toBe(false);
  });

  it('enables the button only once the name is repeated exactly, then erases', async () => {
    const { view, done } = renderForm({ ErasePerson: () => erased });
    const { calls } = await view;
    const button = screen.getByRole('button', { name: 'Lena Hartmann endgültig löschen' });
    expect(button).toBeDisabled();

    await userEvent.type(screen.getByLabelText(/Name zur Bestätigung/), 'Lena Hartman');
    expect(button).toBeDisabled();
    await userEvent.type(screen.getByLabelText(/Name zur Bestätigung/), 'n');
    expect(button).toBeEnabled();
    await userEvent.click(button);

    await waitFor(() => expect(done()).toBe(1));
    expect(calls).toEqual([
      { name: 'ErasePerson', variables: { personId: 'p1', confirm: 'Lena Hartmann' } },
    ]);
  });

  it('shows the server’s mismatch message next to the field', async () => {
    const message =
      'Zur Bestätigung geben Sie bitte den Namen der Person genau so ein, wie er angezeigt wird.';
    const { view, done } = renderForm({
      ErasePerson: () => ({
        errors: [
          {
            message: 'Ungültige Eingabe',
            extensions: {
              code: 'BAD_USER_INPUT',
              reason: 'CONFIRMATION_MISMATCH',
              fields: [{ field: 'confirm', message, reason: 'CONFIRMATION_MISMATCH' }],
            },
          },
        ],
      }),
    });
    await view;
    await userEvent.type(screen.getByLabelText(/Name zur Bestätigung/), 'Lena Hartmann');
    await userEvent.click(screen.getByRole('button', { name: 'Lena Hartmann endgültig löschen' }));

    const field = screen.getByLabelText(/Name zur Bestätigung/);
    await waitFor(() => expect(field).toHaveAccessibleDescription(message));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(done()).toBe(0);
  });

  it('explains next to the field that the last admin cannot be erased', async () => {
    const { view } = renderForm({
      ErasePerson: () => ({
        errors: [
          {
            message:
              'Die letzte Administratorin / der letzte Administrator kann nicht gelöscht werden.',
            extensions: { code: 'CONFLICT', reason: 'LAST_ADMIN' },
          },
        ],
      }),
    });
    await view;
    await userEvent.type(screen.getByLabelText(/Name zur Bestätigung/), 'Lena Hartmann');
    await userEvent.click(screen.getByRole('button', { name: 'Lena Hartmann endgültig löschen' }));

    await waitFor(() =>
      expect(screen.getByLabelText(/Name zur Bestätigung/)).toHaveAccessibleDescription(
        /letzte Person mit Administrationsrechten/,
      ),
    );
  });

  it('shows other refusals above the form', async () => {
    const { view } = renderForm({
      ErasePerson: () => ({
        errors: [
          {
            message: 'Keine Berechtigung.',
            extensions: { code: 'FORBIDDEN', reason: 'FORBIDDEN' },
          },
        ],
      }),
    });
    await view;
    await userEvent.type(screen.getByLabelText(/Name zur Bestätigung/), 'Lena Hartmann');
    await userEvent.click(screen.getByRole('button', { name: 'Lena Hartmann endgültig löschen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Keine Berechtigung.');
  });
});
