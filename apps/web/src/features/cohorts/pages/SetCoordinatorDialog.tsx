import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  PeopleToChooseDocument,
  SetNetworkCoordinatorDocument,
  type OverviewParticipationFragment,
} from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';

const today = () => new Date().toISOString().slice(0, 10);

/** A person takes over a network from a date. */
export function SetCoordinatorDialog({
  participation,
  onClose,
  onDone,
}: {
  participation: OverviewParticipationFragment | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('cohorts');
  const [people] = useQuery({ query: PeopleToChooseDocument, pause: participation === null });
  const [personId, setPersonId] = useState('');
  const [startDate, setStartDate] = useState(today);
  const [result, save] = useMutation(SetNetworkCoordinatorDocument);
  const fields = fieldErrors(result.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!participation) return;
    const answer = await save({
      input: { networkId: participation.network.id, personId, startDate },
    });
    if (!answer.error) {
      onClose();
      onDone();
    }
  };

  return (
    <Modal
      opened={participation !== null}
      onClose={onClose}
      title={t('setCoordinatorOf', { network: participation?.network.name ?? '' })}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <FormError message={formError(result.error, ['personId', 'startDate'])} />
          <NativeSelect
            label={t('person')}
            value={personId}
            onChange={(e) => setPersonId(e.currentTarget.value)}
            error={fields.personId}
            data={[
              { value: '', label: '–' },
              ...(people.data?.people.nodes ?? []).map((p) => ({
                value: p.id,
                label: `${p.name}${p.email ? ` (${p.email})` : ''}`,
              })),
            ]}
          />
          <TextInput
            type="date"
            label={t('startDate')}
            value={startDate}
            onChange={(e) => setStartDate(e.currentTarget.value)}
            error={fields.startDate}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('cancel', { ns: 'app' })}
            </Button>
            <Button type="submit" loading={result.fetching} disabled={!personId}>
              {t('save', { ns: 'app' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
