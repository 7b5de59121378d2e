import { Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  AddPeerGroupMemberDocument,
  EndPeerGroupMembershipDocument,
  PeerMemberCandidatesDocument,
  type ManagerGroupFragment,
} from '../../../gql/graphql';
import { errorMessage, fieldErrors, formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';
import { formatDay } from '../../../ui/format';

/** Members over time: who joined when and left when; add one, end a membership on a day. */
export function MembersSection({
  group,
  editable,
  onDone,
}: {
  group: ManagerGroupFragment;
  editable: boolean;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation('peer-rounds');
  const [ending, setEnding] = useState<string | null>(null);
  const [toDate, setToDate] = useState('');
  const [ended, end] = useMutation(EndPeerGroupMembershipDocument);
  const endFields = fieldErrors(ended.error);
  const submitEnd = async (event: FormEvent, personId: string) => {
    event.preventDefault();
    const answer = await end({
      input: { groupId: group.id, personId, toDate: toDate || null },
    });
    if (!answer.error) {
      setEnding(null);
      onDone();
    }
  };
  return (
    <section aria-labelledby="members-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="members-title">
          {t('members.title', { count: group.memberCount })}
        </Title>
        <Table.ScrollContainer minWidth={360}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('members.name')}</Table.Th>
                <Table.Th scope="col">{t('members.from')}</Table.Th>
                <Table.Th scope="col">{t('members.to')}</Table.Th>
                {editable && <Table.Th scope="col">{t('members.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {group.members.map((m) => (
                <Table.Tr key={`${m.personId}-${m.fromDate}`}>
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td>{formatDay(m.fromDate, i18n.language)}</Table.Td>
                  <Table.Td>{m.toDate ? formatDay(m.toDate, i18n.language) : '–'}</Table.Td>
                  {editable && (
                    <Table.Td>
                      {m.current && ending !== m.personId && (
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => {
                            setEnding(m.personId);
                            setToDate('');
                          }}
                          aria-label={t('members.endFor', { name: m.name })}
                        >
                          {t('members.end')}
                        </Button>
                      )}
                      {ending === m.personId && (
                        <form onSubmit={(e) => void submitEnd(e, m.personId)} noValidate>
                          <Stack gap={4}>
                            <FormError message={formError(ended.error, ['toDate'])} />
                            <TextInput
                              type="date"
                              size="xs"
                              label={t('members.lastDay', { name: m.name })}
                              value={toDate}
                              onChange={(e) => setToDate(e.currentTarget.value)}
                              error={endFields.toDate}
                            />
                            <Group gap={4}>
                              <Button size="xs" type="submit" loading={ended.fetching}>
                                {t('members.confirmEnd')}
                              </Button>
                              <Button size="xs" variant="default" onClick={() => setEnding(null)}>
                                {t('cancel', { ns: 'app' })}
                              </Button>
                            </Group>
                          </Stack>
                        </form>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {editable && <AddMember groupId={group.id} onDone={onDone} />}
      </Stack>
    </section>
  );
}

function AddMember({ groupId, onDone }: { groupId: string; onDone: () => void }) {
  const { t } = useTranslation('peer-rounds');
  const [search, setSearch] = useState('');
  const [personId, setPersonId] = useState('');
  const [fromDate, setFromDate] = useState('');
  const [candidates] = useQuery({
    query: PeerMemberCandidatesDocument,
    variables: { search },
    pause: search.trim().length < 2,
  });
  const people = search.trim().length < 2 ? [] : (candidates.data?.people.nodes ?? []);
  const [result, add] = useMutation(AddPeerGroupMemberDocument);
  const fields = fieldErrors(result.error);
  const chosen = personId || people[0]?.id || '';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    const answer = await add({
      input: { groupId, personId: chosen, fromDate: fromDate || null },
    });
    if (!answer.error) {
      setSearch('');
      setPersonId('');
      setFromDate('');
      onDone();
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="add-member-title">
      <Stack gap="xs">
        <Title order={3} size="h4" id="add-member-title">
          {t('members.add')}
        </Title>
        <FormError message={formError(result.error, ['personId', 'fromDate'])} />
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('members.search')}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setPersonId('');
            }}
          />
          <NativeSelect
            label={t('members.person')}
            data={
              people.length
                ? people.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }))
                : [{ value: '', label: t('members.searchFirst') }]
            }
            value={chosen}
            onChange={(e) => setPersonId(e.currentTarget.value)}
            error={fields.personId}
          />
          <TextInput
            type="date"
            label={t('members.firstDay')}
            value={fromDate}
            onChange={(e) => setFromDate(e.currentTarget.value)}
            error={fields.fromDate}
          />
          <Button type="submit" variant="light" loading={result.fetching} disabled={!chosen}>
            {t('members.addButton')}
          </Button>
        </Group>
        {candidates.error && <Text c="red.9">{errorMessage(candidates.error)}</Text>}
      </Stack>
    </form>
  );
}
