import {
  Button,
  Checkbox,
  CloseButton,
  Group,
  List,
  NativeSelect,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import {
  FormPeerGroupDocument,
  PeerGroupCohortsDocument,
  PeerGroupSuggestionsDocument,
  type PeerGroupMethod,
} from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';

interface Chosen {
  personId: string;
  name: string;
}

/**
 * Forms a group: name, method, cohorts, and the first members, starting from
 * `peerGroupSuggestions` (groups that mix Bundesländer) and changed by hand.
 */
export function FormGroupForm({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('peer-rounds');
  const navigate = useNavigate();
  const [cohortsResult] = useQuery({ query: PeerGroupCohortsDocument });
  const cohorts = (cohortsResult.data?.cohorts.nodes ?? []).filter(
    (c) => c.programme.id === programmeId,
  );
  const [name, setName] = useState('');
  const [method, setMethod] = useState<PeerGroupMethod>('KOLLEGIALE_FALLBERATUNG');
  const [cohortIds, setCohortIds] = useState<string[]>([]);
  const [suggestFor, setSuggestFor] = useState('');
  const [size, setSize] = useState('5');
  const [asked, setAsked] = useState<{ cohortId: string; size: number } | null>(null);
  const [picked, setPicked] = useState('0');
  const [members, setMembers] = useState<Chosen[]>([]);
  const [suggestions] = useQuery({
    query: PeerGroupSuggestionsDocument,
    variables: { input: asked ?? { cohortId: '', size: 5 } },
    pause: !asked,
  });
  const [result, form] = useMutation(FormPeerGroupDocument);
  const fields = fieldErrors(result.error);
  const suggestCohort = suggestFor || cohortIds[0] || cohorts[0]?.id || '';
  const proposals = asked ? (suggestions.data?.peerGroupSuggestions ?? []) : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await form({
      input: {
        programmeId,
        name,
        method,
        cohortIds,
        members: members.map((m) => ({ personId: m.personId })),
      },
    });
    if (!answer.error && answer.data) {
      void navigate(`/runden/gruppen/${answer.data.formPeerGroup.id}`);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="form-group-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="form-group-title">
          {t('form.title')}
        </Title>
        <FormError message={formError(result.error, ['name', 'method', 'cohortIds', 'members'])} />
        <TextInput
          label={t('form.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fields.name}
          required
          maxLength={200}
        />
        <NativeSelect
          label={t('form.method')}
          data={(['KOLLEGIALE_FALLBERATUNG', 'OPEN_EXCHANGE'] as const).map((m) => ({
            value: m,
            label: t(`enums.PeerGroupMethod.${m}`),
          }))}
          value={method}
          onChange={(e) => setMethod(e.currentTarget.value as PeerGroupMethod)}
          error={fields.method}
        />
        <Checkbox.Group
          label={t('form.cohorts')}
          value={cohortIds}
          onChange={setCohortIds}
          error={fields.cohortIds}
          required
        >
          <Stack gap={4} mt="xs">
            {cohorts.map((c) => (
              <Checkbox
                key={c.id}
                value={c.id}
                label={`${t('cohortNumber', { number: c.number })} – ${c.title}`}
              />
            ))}
          </Stack>
        </Checkbox.Group>

        <Title order={3} size="h4">
          {t('form.suggestions')}
        </Title>
        <Text size="sm">{t('form.suggestionsIntro')}</Text>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect
            label={t('form.suggestCohort')}
            data={cohorts.map((c) => ({
              value: c.id,
              label: t('cohortNumber', { number: c.number }),
            }))}
            value={suggestCohort}
            onChange={(e) => setSuggestFor(e.currentTarget.value)}
          />
          <TextInput
            type="number"
            label={t('form.size')}
            min={3}
            max={9}
            value={size}
            onChange={(e) => setSize(e.currentTarget.value)}
            w={120}
          />
          <Button
            variant="light"
            disabled={!suggestCohort}
            onClick={() => {
              setPicked('0');
              setAsked({ cohortId: suggestCohort, size: Number(size) || 5 });
            }}
          >
            {t('form.suggest')}
          </Button>
        </Group>
        {suggestions.error && <FormError message={suggestions.error.graphQLErrors[0]?.message} />}
        {asked && !suggestions.fetching && proposals.length === 0 && !suggestions.error && (
          <Text size="sm">{t('form.noSuggestions')}</Text>
        )}
        {proposals.length > 0 && (
          <Stack gap="xs">
            <Radio.Group label={t('form.pick')} value={picked} onChange={setPicked}>
              <Stack gap={6} mt="xs">
                {proposals.map((p, i) => (
                  <Radio
                    key={i}
                    value={String(i)}
                    label={t('form.proposal', {
                      number: i + 1,
                      count: p.bundeslaender,
                      names: p.members.map((m) => `${m.name} (${m.networkName})`).join(', '),
                    })}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Group>
              <Button
                variant="default"
                onClick={() =>
                  setMembers(
                    (proposals[Number(picked)]?.members ?? []).map((m) => ({
                      personId: m.personId,
                      name: m.name,
                    })),
                  )
                }
              >
                {t('form.take')}
              </Button>
            </Group>
          </Stack>
        )}

        <Title order={3} size="h4">
          {t('form.members', { count: members.length })}
        </Title>
        {fields.members && (
          <Text c="red.9" size="sm">
            {fields.members}
          </Text>
        )}
        {members.length === 0 && <Text size="sm">{t('form.noMembers')}</Text>}
        {(members.length > 0 && members.length < 3) || members.length > 9 ? (
          <Text size="sm" c="red.9">
            {t('form.sizeWarning', { count: members.length })}
          </Text>
        ) : null}
        <List spacing={4}>
          {members.map((m) => (
            <List.Item key={m.personId}>
              <Group gap={4} wrap="nowrap">
                <span>{m.name}</span>
                <CloseButton
                  size="sm"
                  aria-label={t('form.remove', { name: m.name })}
                  onClick={() => setMembers(members.filter((x) => x.personId !== m.personId))}
                />
              </Group>
            </List.Item>
          ))}
        </List>
        <Group>
          <Button type="submit" loading={result.fetching}>
            {t('form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
