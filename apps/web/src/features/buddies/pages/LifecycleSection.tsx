import {
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  EndTandemDocument,
  PauseTandemDocument,
  ResumeTandemDocument,
  type PairingEndReason,
  type TandemDetailFragment,
} from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { useAction } from '../../../app/graphql/use-action';
import { FormError } from '../../../ui/QueryResult';
import { END_REASONS } from './options';

/** Pause until a day, resume, or end with a reason (ACTIVE or PAUSED pairings). */
export function LifecycleSection({
  pairing,
  onDone,
}: {
  pairing: TandemDetailFragment;
  onDone: () => void;
}) {
  const { t } = useTranslation('buddies');
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState<PairingEndReason>('COMPLETED');
  const [note, setNote] = useState('');
  const { error, run } = useAction(onDone);
  const [paused, pause] = useMutation(PauseTandemDocument);
  const [resumed, resume] = useMutation(ResumeTandemDocument);
  const [ended, end] = useMutation(EndTandemDocument);
  const fields = fieldErrors(error);
  return (
    <Card withBorder component="section" aria-labelledby="tandem-lifecycle">
      <Stack gap="sm">
        <Title order={2} size="h4" id="tandem-lifecycle">
          {t('lifecycle')}
        </Title>
        <FormError message={formError(error, ['until', 'reason', 'note'])} />
        {pairing.status === 'ACTIVE' ? (
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              type="date"
              label={t('pauseUntil')}
              value={until}
              onChange={(e) => setUntil(e.currentTarget.value)}
              error={fields.until}
            />
            <Button
              variant="default"
              loading={paused.fetching}
              onClick={() => void run(() => pause({ input: { id: pairing.id, until } }))}
            >
              {t('pause')}
            </Button>
          </Group>
        ) : (
          <Group>
            <Button
              variant="default"
              loading={resumed.fetching}
              onClick={() => void run(() => resume({ id: pairing.id }))}
            >
              {t('resume')}
            </Button>
          </Group>
        )}
        <NativeSelect
          label={t('endReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value as PairingEndReason)}
          error={fields.reason}
          data={END_REASONS.map((r) => ({ value: r, label: t(`enums.PairingEndReason.${r}`) }))}
        />
        <Textarea
          label={t('endNote')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fields.note}
        />
        <Group>
          <Button
            color="red"
            variant="light"
            loading={ended.fetching}
            onClick={() =>
              void run(() => end({ input: { id: pairing.id, reason, note: note.trim() || null } }))
            }
          >
            {t('end')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
