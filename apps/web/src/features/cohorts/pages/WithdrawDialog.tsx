import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  WithdrawParticipationDocument,
  type OverviewParticipationFragment,
} from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';

/** Withdraws a network from the cohort, with the reason the server requires. */
export function WithdrawDialog({
  participation,
  onClose,
  onDone,
}: {
  participation: OverviewParticipationFragment | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('cohorts');
  const [reason, setReason] = useState('');
  const [result, withdraw] = useMutation(WithdrawParticipationDocument);
  const fields = fieldErrors(result.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!participation) return;
    const answer = await withdraw({ input: { id: participation.id, reason } });
    if (!answer.error) {
      setReason('');
      onClose();
      onDone();
    }
  };

  return (
    <Modal
      opened={participation !== null}
      onClose={onClose}
      title={t('withdrawOf', { network: participation?.network.name ?? '' })}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <FormError message={formError(result.error, ['reason', 'withdrawnOn'])} />
          <Textarea
            label={t('withdrawReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fields.reason}
            required
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('cancel', { ns: 'app' })}
            </Button>
            <Button type="submit" color="red" loading={result.fetching}>
              {t('confirmWithdraw')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
