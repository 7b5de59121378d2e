import { Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  EnrollNetworkDocument,
  InviteNetworkDocument,
  NetworksToInviteDocument,
} from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { useAction } from '../../../app/graphql/use-action';
import { FormError } from '../../../ui/QueryResult';

/** Invite a network into the cohort, or enrol it (onto the waiting list when full). */
export function AddNetworkForm({ cohortId, onDone }: { cohortId: string; onDone: () => void }) {
  const { t } = useTranslation('cohorts');
  const [networks] = useQuery({ query: NetworksToInviteDocument });
  const [networkId, setNetworkId] = useState('');
  const [invited, invite] = useMutation(InviteNetworkDocument);
  const [enrolled, enroll] = useMutation(EnrollNetworkDocument);
  const { error, saved: done, run } = useAction(onDone);
  const fields = fieldErrors(error);

  return (
    <Stack gap="sm" component="section">
      <Title order={2} size="h3">
        {t('addNetwork')}
      </Title>
      <FormError message={formError(error, ['networkId', 'cohortId'])} />
      <NativeSelect
        label={t('chooseNetwork')}
        value={networkId}
        onChange={(e) => setNetworkId(e.currentTarget.value)}
        error={fields.networkId ?? fields.cohortId}
        data={[
          { value: '', label: '–' },
          ...(networks.data?.networks.nodes ?? []).map((n) => ({
            value: n.id,
            label: `${n.name} (${n.city})`,
          })),
        ]}
        maw={420}
      />
      <Group gap="sm">
        <Button
          variant="light"
          disabled={!networkId}
          loading={invited.fetching}
          onClick={() => void run(() => invite({ input: { cohortId, networkId } }))}
        >
          {t('invite')}
        </Button>
        <Button
          variant="light"
          disabled={!networkId}
          loading={enrolled.fetching}
          onClick={() => void run(() => enroll({ input: { cohortId, networkId } }))}
        >
          {t('enroll')}
        </Button>
      </Group>
      {done && <Text role="status">{t('done')}</Text>}
    </Stack>
  );
}
