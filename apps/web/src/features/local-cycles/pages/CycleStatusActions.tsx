import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  ChangeLocalCycleStatusDocument,
  ReopenLocalCycleDocument,
  type LocalCycleStatus,
} from '../../../gql/graphql';
import { errorMessage } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';
import { ReasonDialog } from '../../../ui/ReasonDialog';
import { CYCLE_NEXT } from '../phases';

/** The coordinator's status changes of a cycle (start, complete, cancel), each confirmed. */
export function CycleStatusActions({
  cycleId,
  status,
  onDone,
}: {
  cycleId: string;
  status: LocalCycleStatus;
  onDone: () => void;
}) {
  const { t } = useTranslation('localCycles');
  const [asked, setAsked] = useState<LocalCycleStatus | null>(null);
  const [result, change] = useMutation(ChangeLocalCycleStatusDocument);
  const next = CYCLE_NEXT[status];
  if (next.length === 0) return null;
  const confirm = async () => {
    if (!asked) return;
    const answer = await change({ input: { id: cycleId, status: asked } });
    if (!answer.error) {
      setAsked(null);
      onDone();
    }
  };
  return (
    <>
      <Group gap="sm">
        {next.map((s) => (
          <Button
            key={s}
            variant={s === 'CANCELLED' ? 'subtle' : 'default'}
            color={s === 'CANCELLED' ? 'red' : undefined}
            onClick={() => setAsked(s)}
          >
            {t(`status.${s}`)}
          </Button>
        ))}
      </Group>
      <Modal
        opened={asked !== null}
        onClose={() => setAsked(null)}
        title={asked ? t('status.confirmTitle', { action: t(`status.${asked}`) }) : ''}
      >
        <Stack gap="md">
          <FormError message={errorMessage(result.error)} />
          {asked && <Text>{t(`status.confirm${asked}`)}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsked(null)}>
              {t('cancel', { ns: 'app' })}
            </Button>
            <Button
              color={asked === 'CANCELLED' ? 'red' : undefined}
              loading={result.fetching}
              onClick={() => void confirm()}
            >
              {asked ? t(`status.${asked}`) : ''}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** Program managers reopen a completed cycle, with a reason. */
export function ReopenButton({
  cycleId,
  label,
  onDone,
}: {
  cycleId: string;
  label?: string;
  onDone: () => void;
}) {
  const { t } = useTranslation('localCycles');
  const [opened, setOpened] = useState(false);
  const [, reopen] = useMutation(ReopenLocalCycleDocument);
  return (
    <>
      <Button
        variant="light"
        size="compact-sm"
        onClick={() => setOpened(true)}
        aria-label={label ?? t('reopen.button')}
      >
        {t('reopen.button')}
      </Button>
      <ReasonDialog
        opened={opened}
        title={t('reopen.title')}
        reasonLabel={t('reopen.reason')}
        required
        confirmLabel={t('reopen.confirm')}
        onConfirm={(reason) => reopen({ input: { id: cycleId, reason } })}
        onClose={() => setOpened(false)}
        onDone={onDone}
      />
    </>
  );
}
