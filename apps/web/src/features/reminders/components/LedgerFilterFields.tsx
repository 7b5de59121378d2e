import { Button, Group, NativeSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import {
  LedgerPeopleDocument,
  LedgerPersonDocument,
  type ManagerCohortsQuery,
  type ReminderEventKindsQuery,
  type ReminderStatus,
} from '../../../gql/graphql';
import { periodReversed, STATUSES, type LedgerFilters } from '../ledger-filters';

/** The ledger's filters: status, cohort, kind of event, person and due period. */
export function LedgerFilterFields({
  filters,
  onChange,
  cohorts,
  kinds,
}: {
  filters: LedgerFilters;
  /** Only what changed: the page applies it to the newest filters. */
  onChange: (changed: Partial<LedgerFilters>) => void;
  cohorts: ManagerCohortsQuery['cohorts']['nodes'];
  kinds: ReminderEventKindsQuery['reminderEventKinds'];
}) {
  const { t } = useTranslation('reminders');
  const set = onChange;
  const any = Object.values(filters).some(Boolean);
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
      <NativeSelect
        label={t('status')}
        value={filters.status}
        onChange={(e) => set({ status: e.currentTarget.value as ReminderStatus | '' })}
        data={[
          { value: '', label: t('all') },
          ...STATUSES.map((s) => ({
            value: s,
            label: t(`enums.ReminderStatus.${s}`, { ns: 'app' }),
          })),
        ]}
      />
      <NativeSelect
        label={t('cohort')}
        value={filters.cohortId}
        onChange={(e) => set({ cohortId: e.currentTarget.value })}
        data={[
          { value: '', label: t('all') },
          ...cohorts.map((c) => ({
            value: c.id,
            label: `${t('scopeCohort', { number: c.number, title: c.title })} (${c.programme.name})`,
          })),
        ]}
      />
      <NativeSelect
        label={t('eventKind')}
        value={filters.eventKind}
        onChange={(e) => set({ eventKind: e.currentTarget.value })}
        data={[
          { value: '', label: t('all') },
          ...kinds.map((k) => ({
            value: k.kind,
            label: t(`kinds.${k.kind}`, { defaultValue: k.description }),
          })),
        ]}
      />
      <PersonFilter personId={filters.personId} onChange={(personId) => set({ personId })} />
      <TextInput
        type="date"
        label={t('dueFrom')}
        value={filters.from}
        onChange={(e) => set({ from: e.currentTarget.value })}
      />
      <TextInput
        type="date"
        label={t('dueTo')}
        value={filters.to}
        onChange={(e) => set({ to: e.currentTarget.value })}
        error={periodReversed(filters) ? t('dueToBeforeFrom') : undefined}
      />
      {any && (
        <Group align="flex-end">
          <Button
            variant="default"
            onClick={() =>
              onChange({ status: '', cohortId: '', eventKind: '', personId: '', from: '', to: '' })
            }
          >
            {t('resetFilters')}
          </Button>
        </Group>
      )}
    </SimpleGrid>
  );
}

/** A person by name or email, looked up on the server as one types. */
function PersonFilter({
  personId,
  onChange,
}: {
  personId: string;
  onChange: (personId: string) => void;
}) {
  const { t } = useTranslation('reminders');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [chosen] = useQuery({
    query: LedgerPersonDocument,
    variables: { id: personId },
    pause: !personId,
  });
  const person = personId ? chosen.data?.person : undefined;
  const chosenLabel = person ? label(person) : '';
  // Once a person is picked the field shows their label: no need to search for it.
  const asked = debounced && debounced !== chosenLabel ? debounced : null;
  const [people] = useQuery({ query: LedgerPeopleDocument, variables: { search: asked } });
  const options = new Map<string, string>();
  if (person) options.set(person.id, chosenLabel);
  for (const p of people.data?.people.nodes ?? []) options.set(p.id, label(p));
  return (
    <Select
      label={t('person')}
      placeholder={t('personPlaceholder')}
      searchable
      clearable
      value={personId || null}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by name and email.
      filter={({ options: all }) => all}
      onChange={(value) => onChange(value ?? '')}
      data={[...options].map(([value, label]) => ({ value, label }))}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

const label = (p: { name: string; email?: string | null }) =>
  p.email ? `${p.name} (${p.email})` : p.name;
