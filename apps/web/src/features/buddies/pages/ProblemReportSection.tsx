import { Button, Card, Checkbox, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ReportTandemProblemDocument } from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';

/** Either of the pair tells the program managers something is wrong. */
export function ProblemReportSection({ pairingId }: { pairingId: string }) {
  const { t } = useTranslation('buddies');
  const [text, setText] = useState('');
  const [pleaseEnd, setPleaseEnd] = useState(false);
  const [sent, setSent] = useState(false);
  const [result, report] = useMutation(ReportTandemProblemDocument);
  const fields = fieldErrors(result.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    const answer = await report({ input: { pairingId, text, pleaseEnd } });
    if (!answer.error) {
      setText('');
      setPleaseEnd(false);
      setSent(true);
    }
  };
  return (
    <Card withBorder component="section" aria-labelledby="tandem-report">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="tandem-report">
            {t('report')}
          </Title>
          <Text size="sm">{t('reportIntro')}</Text>
          <FormError message={formError(result.error, ['text', 'pleaseEnd'])} />
          <Textarea
            label={t('reportText')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={fields.text}
            required
          />
          <Checkbox
            label={t('pleaseEnd')}
            checked={pleaseEnd}
            onChange={(e) => setPleaseEnd(e.currentTarget.checked)}
          />
          <Group>
            <Button type="submit" variant="default" loading={result.fetching}>
              {t('sendReport')}
            </Button>
          </Group>
          {sent && <Text role="status">{t('reported')}</Text>}
        </Stack>
      </form>
    </Card>
  );
}
