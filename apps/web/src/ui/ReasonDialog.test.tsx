import { screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { useState } from 'react';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { renderAt } from '../test/render';
import { ReasonDialog } from './ReasonDialog';

const userEvent = userEventLib.setup({ delay: null });

type Answer = { error?: CombinedError };

/** The server's answer to bad input, as `extensions` carry it. */
function refused(message: string, fields: { field: string; message: string }[] = []): Answer {
  return {
    error: new CombinedError({
      graphQLErrors: [
        {
          message,
          extensions: { code: 'BAD_USER_INPUT', ...(fields.length ? { fields } : {}) },
        },
      ],
    }),
  };
}

/** A page with the button that opens the dialog, as the features use it. */
async function renderDialog(
  answer: (reason: string) => Answer,
  { required = true }: { required?: boolean } = {},
) {
  const onConfirm = vi.fn((reason: string) => Promise.resolve(answer(reason)));
  const onDone = vi.fn();
  function Page() {
    const [opened, setOpened] = useState(false);
    return (
      <>
        <button onClick={() => setOpened(true)}>Absagen</button>
        <ReasonDialog
          opened={opened}
          title="„Reflexionsworkshop“ absagen"
          intro="Alle Eingeladenen bekommen eine Absage mit diesem Grund."
          reasonLabel="Grund der Absage"
          required={required}
          confirmLabel="Workshop absagen"
          confirmColor="red"
          onConfirm={onConfirm}
          onClose={() => setOpened(false)}
          onDone={onDone}
        />
      </>
    );
  }
  await renderAt('/', [{ path: '/', element: <Page /> }]);
  await userEvent.click(screen.getByRole('button', { name: 'Absagen' }));
  const dialog = await screen.findByRole('dialog', { name: '„Reflexionsworkshop“ absagen' });
  const reason = within(dialog).getByLabelText(/^Grund der Absage/);
  return { dialog, reason, onConfirm, onDone };
}

describe('a dialog that asks for a reason', () => {
  it('starts in the reason field and sends the reason as typed; the answer closes it', async () => {
    const { dialog, reason, onConfirm, onDone } = await renderDialog(() => ({}));
    expect(
      within(dialog).getByText('Alle Eingeladenen bekommen eine Absage mit diesem Grund.'),
    ).toBeVisible();
    await waitFor(() => expect(reason).toHaveFocus());
    await userEvent.type(reason, 'Raum nicht verfügbar');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Workshop absagen' }));

    expect(onConfirm).toHaveBeenCalledExactlyOnceWith('Raum nicht verfügbar');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('marks a required reason and keeps the dialog open with the refusal of an empty one', async () => {
    const { dialog, reason, onDone } = await renderDialog((typed) =>
      typed.trim()
        ? {}
        : refused('Ungültige Eingabe', [{ field: 'reason', message: 'Darf nicht leer sein.' }]),
    );
    expect(reason).toBeRequired();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Workshop absagen' }));

    await waitFor(() => expect(reason).toHaveAccessibleDescription('Darf nicht leer sein.'));
    expect(screen.getByRole('dialog', { name: '„Reflexionsworkshop“ absagen' })).toBeVisible();
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('leaves an optional reason unmarked', async () => {
    const { reason } = await renderDialog(() => ({}), { required: false });
    expect(reason).not.toBeRequired();
  });

  it('shows an error that names no field above the form, and stays open', async () => {
    const { dialog, reason, onDone } = await renderDialog(() =>
      refused('Der Workshop hat schon stattgefunden.'),
    );
    await userEvent.type(reason, 'Raum nicht verfügbar');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Workshop absagen' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Der Workshop hat schon stattgefunden.',
    );
    expect(reason).toHaveValue('Raum nicht verfügbar');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('closes on Escape or "Abbrechen" without confirming', async () => {
    const { reason, onConfirm } = await renderDialog(() => ({}));
    await userEvent.type(reason, 'doch nicht');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await userEvent.click(screen.getByRole('button', { name: 'Absagen' }));
    const again = await screen.findByRole('dialog', { name: '„Reflexionsworkshop“ absagen' });
    await userEvent.click(within(again).getByRole('button', { name: 'Abbrechen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
