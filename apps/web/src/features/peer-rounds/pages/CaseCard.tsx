import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  ProposePeerCaseDocument,
  SchedulePeerCaseDocument,
  WithdrawPeerCaseDocument,
  type MemberCaseFragment,
} from '../../../gql/graphql';
import { errorMessage, fieldErrors, formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';

export interface RoundChoice {
  id: string;
  label: string;
  /** Whether the viewer moderates it (and so may schedule anyone's case into it). */
  moderated: boolean;
}

/** One case: title, key question, optional text; schedule and withdraw where allowed. */
export function CaseCard({
  item,
  proposer,
  viewerId,
  rounds = [],
  onDone,
}: {
  item: MemberCaseFragment;
  proposer?: string;
  viewerId: string;
  rounds?: readonly RoundChoice[];
  onDone: () => void;
}) {
  const { t } = useTranslation('peer-rounds');
  const own = item.proposerId === viewerId;
  const choices = rounds.filter((r) => own || r.moderated);
  const [roundId, setRoundId] = useState(choices[0]?.id ?? '');
  const [scheduled, schedule] = useMutation(SchedulePeerCaseDocument);
  const [withdrawn, withdraw] = useMutation(WithdrawPeerCaseDocument);
  const error = scheduled.error ?? withdrawn.error;
  const open = item.status === 'QUEUED' || item.status === 'SCHEDULED';
  const headingId = `case-${item.id}`;
  return (
    <Card withBorder component="article" aria-labelledby={headingId} padding="sm">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={4} size="h5" id={headingId}>
            {item.title}
          </Title>
          <Badge variant="light">{t(`enums.PeerCaseStatus.${item.status}`)}</Badge>
        </Group>
        {proposer && (
          <Text size="sm" c="dimmed">
            {t('cases.by', { name: proposer })}
          </Text>
        )}
        <Text size="sm">
          <strong>{t('cases.keyQuestion')}:</strong> {item.keyQuestion}
        </Text>
        {item.text && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {item.text}
          </Text>
        )}
        {error && <FormError message={errorMessage(error)} />}
        {item.status === 'QUEUED' && choices.length > 0 && (
          <Group align="flex-end" gap="xs" wrap="wrap">
            <NativeSelect
              label={t('cases.scheduleInto')}
              data={choices.map((r) => ({ value: r.id, label: r.label }))}
              value={roundId}
              onChange={(e) => setRoundId(e.currentTarget.value)}
            />
            <Button
              variant="light"
              loading={scheduled.fetching}
              onClick={() =>
                void schedule({ input: { caseId: item.id, roundId } }).then(
                  (a) => !a.error && onDone(),
                )
              }
            >
              {t('cases.schedule')}
            </Button>
          </Group>
        )}
        {own && open && (
          <Group>
            <Button
              variant="subtle"
              color="red"
              loading={withdrawn.fetching}
              onClick={() => void withdraw({ caseId: item.id }).then((a) => !a.error && onDone())}
            >
              {t('cases.withdraw', { title: item.title })}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** A member proposes a case: title, key question, optional text (without third parties' names). */
export function ProposeCaseForm({
  groupId,
  textWarning,
  onDone,
}: {
  groupId: string;
  textWarning: string;
  onDone: () => void;
}) {
  const { t } = useTranslation('peer-rounds');
  const [title, setTitle] = useState('');
  const [keyQuestion, setKeyQuestion] = useState('');
  const [text, setText] = useState('');
  const [done, setDone] = useState(false);
  const [result, propose] = useMutation(ProposePeerCaseDocument);
  const fields = fieldErrors(result.error);
  const warningId = `case-warning-${groupId}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const answer = await propose({
      input: { groupId, title, keyQuestion, text: text.trim() ? text : null },
    });
    if (!answer.error) {
      setTitle('');
      setKeyQuestion('');
      setText('');
      setDone(true);
      onDone();
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('cases.propose')}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('cases.propose')}
        </Title>
        <FormError message={formError(result.error, ['title', 'keyQuestion', 'text'])} />
        <TextInput
          label={t('cases.title')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fields.title}
          required
          maxLength={200}
        />
        <Textarea
          label={t('cases.keyQuestion')}
          description={t('cases.keyQuestionHint')}
          value={keyQuestion}
          onChange={(e) => setKeyQuestion(e.currentTarget.value)}
          error={fields.keyQuestion}
          required
          rows={2}
          maxLength={1000}
        />
        <Alert variant="light" color="yellow" id={warningId}>
          {textWarning}
        </Alert>
        <Textarea
          label={t('cases.text')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={fields.text}
          aria-describedby={warningId}
          rows={3}
          maxLength={10000}
        />
        <Group>
          <Button type="submit" loading={result.fetching}>
            {t('cases.proposeButton')}
          </Button>
        </Group>
        {done && <Text role="status">{t('cases.proposed')}</Text>}
      </Stack>
    </form>
  );
}
