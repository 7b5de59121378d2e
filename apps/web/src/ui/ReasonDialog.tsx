import { Button, Group, Modal, Stack, Text, Textarea, type MantineColor } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { fieldErrors, formError } from '../app/graphql/errors';
import { FormError } from './QueryResult';

/** What a dialog asking for a reason says and does; the texts come from the feature. */
export interface ReasonDialogProps {
  opened: boolean;
  /** The dialog's title and accessible name, e.g. „Reflexionsworkshop“ absagen. */
  title: string;
  /** Shown above the reason field. */
  intro?: ReactNode;
  /** The reason field's label. */
  reasonLabel: string;
  /** Marks the field as required; the server refuses an empty one and its message shows there. */
  required?: boolean;
  /** The most characters the field takes. */
  maxLength?: number;
  confirmLabel: string;
  /** The confirm button's colour, e.g. red for what cannot be undone; else the theme's. */
  confirmColor?: MantineColor;
  /** Runs the mutation with the reason as typed; an answer without error closes the dialog. */
  onConfirm: (reason: string) => Promise<{ error?: CombinedError }>;
  /** Escape, the close button, "Abbrechen", and after a confirmed answer. */
  onClose: () => void;
  /** After a confirmed answer, once the dialog is closed (e.g. to refetch). */
  onDone?: () => void;
}

/**
 * Asks for a reason, then confirms (cancel a workshop, withdraw a network, decline a proposal):
 * focus starts in the reason field, Escape closes, the server's message shows next to the field
 * it names or above the form.
 */
export function ReasonDialog({
  opened,
  title,
  intro,
  reasonLabel,
  required = false,
  maxLength,
  confirmLabel,
  confirmColor,
  onConfirm,
  onClose,
  onDone,
}: ReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<CombinedError | undefined>();
  const [busy, setBusy] = useState(false);
  const close = () => {
    setError(undefined);
    onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const answer = await onConfirm(reason).finally(() => setBusy(false));
    setError(answer.error);
    if (!answer.error) {
      setReason('');
      onClose();
      onDone?.();
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={title}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          {intro && <Text>{intro}</Text>}
          <FormError message={formError(error, ['reason'])} />
          <Textarea
            label={reasonLabel}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldErrors(error).reason}
            required={required}
            maxLength={maxLength}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('cancel')}
            </Button>
            <Button type="submit" color={confirmColor} loading={busy}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
