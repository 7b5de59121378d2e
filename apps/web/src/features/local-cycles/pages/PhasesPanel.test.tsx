import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../../test/render';
import { cycleFixture } from '../local-cycle.fixture';
import { PhasesPanel } from './PhasesPanel';

const cycle = cycleFixture();
const reasonRequired = {
  message: 'Ungültige Eingabe',
  extensions: {
    code: 'BAD_USER_INPUT',
    reason: 'REASON_REQUIRED',
    fields: [
      {
        field: 'reason',
        message: 'Zurück von „reflektiert“ zu „in Vorbereitung“ braucht eine Begründung.',
        reason: 'REASON_REQUIRED',
      },
    ],
  },
};

const render = (answer: (v: Record<string, unknown>) => object) =>
  renderAt(
    '/',
    [{ path: '/', element: <PhasesPanel cycle={cycle} editable onChanged={() => undefined} /> }],
    {
      ChangeSelfAnalysisPhase: (v) => {
        const input = v.input as { reason?: string };
        return 'reason' in input && !input.reason
          ? { errors: [reasonRequired] }
          : { data: { changeSelfAnalysisPhase: answer(v) } };
      },
    },
  );

describe('self-analysis phases', { timeout: 90_000 }, () => {
  it('moves forward without a reason', async () => {
    const { calls } = await render(() => cycle);
    const phase = screen.getByLabelText('Neue Phase: Robotik-AG Stadtfeld');
    await userEvent.selectOptions(phase, 'PREPARING');
    expect(screen.queryByLabelText(/Begründung für den Schritt zurück/)).toBeNull();
    const [, second] = screen.getAllByRole('button', { name: 'Phase ändern' });
    await userEvent.click(second!);
    expect(calls).toEqual([
      {
        name: 'ChangeSelfAnalysisPhase',
        variables: { input: { enrolmentId: 'e2', phase: 'PREPARING' } },
      },
    ]);
  });

  it('asks for the reason when going back, and sends it', async () => {
    const { calls } = await render(() => cycle);
    expect(
      screen.getByText(/Selbstanalyse durchgeführt → Reflektiert von Lena Hartmann/),
    ).toBeVisible();
    await userEvent.selectOptions(
      screen.getByLabelText('Neue Phase: Schülerlabor Elbe'),
      'PREPARING',
    );

    const reason = screen.getByLabelText(/Begründung für den Schritt zurück/);
    expect(reason).toBeRequired();
    expect(reason).toHaveAccessibleDescription(/braucht eine Begründung/);

    // Sent without one, the server's message stands next to the field.
    await userEvent.click(screen.getAllByRole('button', { name: 'Phase ändern' })[0]!);
    expect(await screen.findByText(/Zurück von „reflektiert“ zu „in Vorbereitung“/)).toBeVisible();

    await userEvent.type(reason, 'Neue Leitung, Analyse wird wiederholt');
    await userEvent.click(screen.getAllByRole('button', { name: 'Phase ändern' })[0]!);
    expect(calls.at(-1)).toEqual({
      name: 'ChangeSelfAnalysisPhase',
      variables: {
        input: {
          enrolmentId: 'e1',
          phase: 'PREPARING',
          reason: 'Neue Leitung, Analyse wird wiederholt',
        },
      },
    });
  });
});
