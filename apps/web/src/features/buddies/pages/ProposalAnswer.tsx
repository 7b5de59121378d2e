import { Button, Card, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  AcceptTandemDocument,
  DeclineTandemDocument,
  type TandemDetailFragment,
} from '../../../gql/graphql';
import { errorMessage, fieldErrors, formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';
import { partnerOf } from './MyTandemsPage';
import { ReasonList } from './ReasonList';

/** Accept or decline (with a reason) a proposed pairing. */
export function ProposalAnswer({
  pairing,
  onDone,
}: {
  pairing: TandemDetailFragment;
  onDone: () => void;
}) {
  const { t } = useTranslation('buddies');
  const partner = partnerOf(pairing);
  const [accepted, accept] = useMutation(AcceptTandemDocument);
  const [declining, setDeclining] = useState(false);
  const mine =
    pairing.mySide === 'BUDDY' ? pairing.buddyAcceptedAt : pairing.newCoordinatorAcceptedAt;
  const theirs =
    pairing.mySide === 'BUDDY' ? pairing.newCoordinatorAcceptedAt : pairing.buddyAcceptedAt;
  return (
    <Card withBorder component="section" aria-labelledby="tandem-proposal">
      <Stack gap="sm">
        <Title order={2} size="h4" id="tandem-proposal">
          {t('proposalTitle')}
        </Title>
        <Text>{t('proposalIntro')}</Text>
        {pairing.reasons.length > 0 && (
          <div>
            <Text fw={600}>{t('whyMatch')}</Text>
            <ReasonList reasons={pairing.reasons} />
          </div>
        )}
        {theirs && <Text>{t('otherAccepted', { name: partner.name })}</Text>}
        <FormError message={errorMessage(accepted.error)} />
        {mine ? (
          <Text role="status">{t('youAccepted', { name: partner.name })}</Text>
        ) : (
          <Group gap="sm">
            <Button
              loading={accepted.fetching}
              onClick={() =>
                void accept({ id: pairing.id }).then((a) => {
                  if (!a.error) onDone();
                })
              }
            >
              {t('accept')}
            </Button>
            <Button variant="light" color="red" onClick={() => setDeclining(true)}>
              {t('decline')}
            </Button>
          </Group>
        )}
      </Stack>
      <DeclineDialog
        pairingId={declining ? pairing.id : null}
        onClose={() => setDeclining(false)}
        onDone={onDone}
      />
    </Card>
  );
}

function DeclineDialog({
  pairingId,
  onClose,
  onDone,
}: {
  pairingId: string | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('buddies');
  const [reason, setReason] = useState('');
  const [result, decline] = useMutation(DeclineTandemDocument);
  const fields = fieldErrors(result.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!pairingId) return;
    const answer = await decline({ input: { id: pairingId, reason } });
    if (!answer.error) {
      onClose();
      onDone();
    }
  };
  return (
    <Modal opened={pairingId !== null} onClose={onClose} title={t('declineTitle')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <FormError message={formError(result.error, ['reason'])} />
          <Textarea
            label={t('declineReason')}
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
              {t('confirmDecline')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
