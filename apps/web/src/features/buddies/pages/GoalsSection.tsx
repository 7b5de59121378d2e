import { Button, Card, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, type CombinedError } from 'urql';
import {
  AddTandemGoalDocument,
  SetTandemGoalStatusDocument,
  type TandemDetailFragment,
} from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';

/** The pair's goals: add one, tick it off as reached (or open it again). */
export function GoalsSection({
  pairing,
  onDone,
}: {
  pairing: TandemDetailFragment;
  onDone: () => void;
}) {
  const { t } = useTranslation('buddies');
  const [text, setText] = useState('');
  const [error, setError] = useState<CombinedError | undefined>();
  const [added, add] = useMutation(AddTandemGoalDocument);
  const [, setStatus] = useMutation(SetTandemGoalStatusDocument);
  const editable =
    (pairing.status === 'ACTIVE' || pairing.status === 'PAUSED') && Boolean(pairing.mySide);
  const fields = fieldErrors(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await add({ input: { pairingId: pairing.id, text } });
    setError(answer.error);
    if (!answer.error) {
      setText('');
      onDone();
    }
  };
  return (
    <Card withBorder component="section" aria-labelledby="tandem-goals">
      <Stack gap="sm">
        <Title order={2} size="h4" id="tandem-goals">
          {t('goals')}
        </Title>
        {pairing.goals.length === 0 && <Text>{t('noGoals')}</Text>}
        {pairing.goals.map((g) => (
          <Checkbox
            key={`${g.id}-${g.status}`}
            label={g.text}
            checked={g.status === 'DONE'}
            disabled={!editable}
            description={g.status === 'DONE' ? t('goalDone') : undefined}
            onChange={(e) => {
              const status = e.currentTarget.checked ? 'DONE' : 'OPEN';
              void setStatus({ input: { id: g.id, status } }).then((a) => {
                setError(a.error);
                if (!a.error) onDone();
              });
            }}
          />
        ))}
        {editable && (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <FormError message={formError(error, ['text'])} />
            <Group align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                label={t('newGoal')}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                error={fields.text}
                style={{ flex: 1, minWidth: 200 }}
              />
              <Button type="submit" variant="light" loading={added.fetching}>
                {t('addGoal')}
              </Button>
            </Group>
          </form>
        )}
      </Stack>
    </Card>
  );
}
