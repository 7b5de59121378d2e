import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  AcceptTandemDocument,
  DeclineTandemDocument,
  type TandemDetailFragment,
} from '../../../gql/graphql';
import { errorMessage } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';
import { ReasonDialog } from '../../../ui/ReasonDialog';
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
  const [, decline] = useMutation(DeclineTandemDocument);
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
      <ReasonDialog
        opened={declining}
        title={t('declineTitle')}
        reasonLabel={t('declineReason')}
        required
        confirmLabel={t('confirmDecline')}
        confirmColor="red"
        onConfirm={(reason) => decline({ input: { id: pairing.id, reason } })}
        onClose={() => setDeclining(false)}
        onDone={onDone}
      />
    </Card>
  );
}
