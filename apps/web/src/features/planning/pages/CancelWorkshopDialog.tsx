import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { CancelWorkshopDocument, type PlannedWorkshopFragment } from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';

/** Cancels a workshop with the reason participants are told. */
export function CancelWorkshopDialog({
  workshop,
  onClose,
  onDone,
}: {
  workshop: PlannedWorkshopFragment | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('planning');
  const [reason, setReason] = useState('');
  const [result, cancel] = useMutation(CancelWorkshopDocument);
  const fields = fieldErrors(result.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!workshop) return;
    const answer = await cancel({ input: { id: workshop.id, reason } });
    if (!answer.error) {
      onClose();
      onDone();
    }
  };
  return (
    <Modal
      opened={workshop !== null}
      onClose={onClose}
      title={t('cancelTitle', { title: workshop?.title ?? '' })}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <FormError message={formError(result.error, ['reason'])} />
          <Textarea
            label={t('cancelReason')}
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
              {t('confirmCancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
