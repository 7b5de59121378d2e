import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { InitiativeItemFragment } from '../../../gql/graphql';
import { renderAt } from '../../../test/render';
import { cycleFixture } from '../local-cycle.fixture';
import { EnrolmentsPanel } from './EnrolmentsPanel';

const cycle = cycleFixture();
const outside = (id: string, name: string): InitiativeItemFragment => ({
  id,
  networkId: 'n1',
  name,
  kind: 'VEREIN',
  city: 'Magdeburg',
  website: null,
  demo: false,
  contact: null,
});
const initiatives = [
  ...cycle.enrolments.map((e) => e.initiative),
  outside('i3', 'Forscherkids e.V.'),
  outside('i4', 'Technikmuseum'),
];

describe('enrolments in bulk', { timeout: 90_000 }, () => {
  it('takes the checked initiatives in at once, and changes the status of several at once', async () => {
    const { calls } = await renderAt(
      '/',
      [
        {
          path: '/',
          element: (
            <EnrolmentsPanel
              cycle={cycle}
              initiatives={initiatives}
              editable
              seesContacts
              onChanged={() => undefined}
            />
          ),
        },
      ],
      {
        EnrolInitiatives: () => ({ data: { enrolInitiatives: cycle } }),
        SetEnrolmentStatus: () => ({ data: { setEnrolmentStatus: cycle } }),
      },
    );
    const [selectOutside, selectEnrolled] = screen.getAllByRole('checkbox', {
      name: 'Alle auswählen',
    });
    await userEvent.click(selectOutside!);
    await userEvent.click(screen.getByRole('button', { name: 'Ausgewählte aufnehmen (2)' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      '2 MINT-Initiative(n) aufgenommen.',
    );

    await userEvent.click(selectEnrolled!);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Robotik-AG Stadtfeld' }));
    await userEvent.selectOptions(
      screen.getByLabelText('Neuer Status der ausgewählten'),
      'WITHDRAWN',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Status setzen (1)' }));

    expect(calls).toEqual([
      {
        name: 'EnrolInitiatives',
        variables: {
          input: { localCycleId: 'c1', initiativeIds: ['i3', 'i4'], status: 'ENROLLED' },
        },
      },
      {
        name: 'SetEnrolmentStatus',
        variables: { input: { localCycleId: 'c1', enrolmentIds: ['e1'], status: 'WITHDRAWN' } },
      },
    ]);
  });
});
