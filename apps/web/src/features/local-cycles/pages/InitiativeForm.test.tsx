import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../../test/render';
import { InitiativeForm } from './InitiativeForm';

const saved: string[] = [];
const routes = [
  {
    path: '/',
    element: <InitiativeForm networkId="n1" onSaved={(i) => saved.push(i.name)} />,
  },
];

const duplicate = {
  message:
    'Eine ähnliche MINT-Initiative gibt es im Netzwerk schon: „Schülerlabor Elbe“ (Magdeburg).',
  extensions: {
    code: 'CONFLICT',
    reason: 'POSSIBLE_DUPLICATE',
    fields: [
      {
        field: 'name',
        message: 'Ähnlich wie „Schülerlabor Elbe“ (Magdeburg).',
        reason: 'POSSIBLE_DUPLICATE',
      },
    ],
  },
};

const added = (input: Record<string, unknown>) => ({
  data: {
    addInitiative: {
      __typename: 'Initiative',
      id: 'new',
      networkId: 'n1',
      name: input.name,
      kind: input.kind,
      city: input.city,
      website: null,
      demo: false,
      contact: null,
    },
  },
});

describe('adding an initiative', { timeout: 90_000 }, () => {
  it('shows the similar initiatives and adds only on an explicit “trotzdem anlegen”', async () => {
    const { calls } = await renderAt('/', routes, {
      AddInitiative: (v) => {
        const input = v.input as Record<string, unknown>;
        return input.addAnyway ? added(input) : { errors: [duplicate] };
      },
      SimilarInitiatives: () => ({
        data: {
          similarInitiatives: [
            {
              __typename: 'Initiative',
              id: 'i1',
              name: 'Schülerlabor Elbe',
              city: 'Magdeburg',
              kind: 'SCHUELERLABOR',
            },
          ],
        },
      }),
    });

    await userEvent.type(screen.getByLabelText(/^Name\s*\*?$/), 'Schuelerlabor Elbe');
    await userEvent.type(screen.getByLabelText(/^Ort/), 'Magdeburg');
    await userEvent.click(screen.getByRole('button', { name: 'Hinzufügen' }));

    const candidates = await screen.findByRole('list', {
      name: 'Ähnliche MINT-Initiativen gibt es im Netzwerk schon',
    });
    expect(
      within(candidates).getByText(/Schülerlabor Elbe \(Magdeburg, Schülerlabor\)/),
    ).toBeVisible();
    expect(screen.getByLabelText(/^Name\s*\*?$/)).toHaveAccessibleDescription(
      'Ähnlich wie „Schülerlabor Elbe“ (Magdeburg).',
    );
    expect(saved).toEqual([]);
    expect(calls.map((c) => c.name)).toEqual(['AddInitiative', 'SimilarInitiatives']);
    expect(calls[1]?.variables).toEqual({
      networkId: 'n1',
      name: 'Schuelerlabor Elbe',
      city: 'Magdeburg',
    });

    await userEvent.click(screen.getByRole('button', { name: 'Trotzdem anlegen' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      '„Schuelerlabor Elbe“ ist angelegt.',
    );
    expect(saved).toEqual(['Schuelerlabor Elbe']);
    expect(calls.at(-1)).toMatchObject({
      name: 'AddInitiative',
      variables: { input: { name: 'Schuelerlabor Elbe', city: 'Magdeburg', addAnyway: true } },
    });
    expect(screen.queryByRole('button', { name: 'Trotzdem anlegen' })).toBeNull();
  });

  it('forgets the candidates when the name changes, so “add anyway” applies to what was checked', async () => {
    await renderAt('/', routes, {
      AddInitiative: () => ({ errors: [duplicate] }),
      SimilarInitiatives: () => ({
        data: {
          similarInitiatives: [
            {
              __typename: 'Initiative',
              id: 'i1',
              name: 'Schülerlabor Elbe',
              city: 'Magdeburg',
              kind: 'SCHUELERLABOR',
            },
          ],
        },
      }),
    });
    await userEvent.type(screen.getByLabelText(/^Name\s*\*?$/), 'Labor Elbe');
    await userEvent.type(screen.getByLabelText(/^Ort/), 'Magdeburg');
    await userEvent.click(screen.getByRole('button', { name: 'Hinzufügen' }));
    await screen.findByRole('button', { name: 'Trotzdem anlegen' });

    await userEvent.type(screen.getByLabelText(/^Name\s*\*?$/), 'x');

    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Trotzdem anlegen' })).toBeNull(),
    );
  });

  it('sends the contact person with the consent date', async () => {
    const { calls } = await renderAt('/', routes, {
      AddInitiative: (v) => added(v.input as Record<string, unknown>),
    });
    await userEvent.type(screen.getByLabelText(/^Name$|^Name \*/), 'Verein Forscherkids');
    await userEvent.selectOptions(screen.getByLabelText('Art'), 'VEREIN');
    await userEvent.type(screen.getByLabelText(/^Ort/), 'Halle');
    await userEvent.type(screen.getByLabelText('Name der Ansprechperson'), 'Jana Roth');
    await userEvent.type(screen.getByLabelText('E-Mail der Ansprechperson'), 'jana@example.org');
    await userEvent.type(screen.getByLabelText('Einwilligung in E-Mails am'), '2026-11-02');
    await userEvent.click(screen.getByRole('button', { name: 'Hinzufügen' }));

    await screen.findByRole('status');
    expect(calls[0]?.variables).toEqual({
      input: {
        networkId: 'n1',
        name: 'Verein Forscherkids',
        kind: 'VEREIN',
        city: 'Halle',
        website: null,
        addAnyway: false,
        contact: {
          name: 'Jana Roth',
          email: 'jana@example.org',
          language: 'DE',
          consentOn: '2026-11-02',
        },
      },
    });
  });
});
