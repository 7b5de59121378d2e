import {
  Alert,
  Button,
  Fieldset,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import {
  AddInitiativeDocument,
  SimilarInitiativesDocument,
  UpdateInitiativeDocument,
  type InitiativeItemFragment,
  type InitiativeKind,
  type Language,
} from '../../../gql/graphql';
import { errorReason, fieldErrors, formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';

const KINDS: InitiativeKind[] = [
  'SCHUELERLABOR',
  'VEREIN',
  'SCHUL_AG',
  'MUSEUM',
  'HOCHSCHULE',
  'UNTERNEHMEN',
  'SONSTIGES',
];

interface Values {
  name: string;
  kind: InitiativeKind;
  city: string;
  website: string;
  contactName: string;
  contactEmail: string;
  contactLanguage: Language;
  consentOn: string;
}

const valuesOf = (initiative?: InitiativeItemFragment): Values => ({
  name: initiative?.name ?? '',
  kind: initiative?.kind ?? 'SCHUELERLABOR',
  city: initiative?.city ?? '',
  website: initiative?.website ?? '',
  contactName: initiative?.contact?.name ?? '',
  contactEmail: initiative?.contact?.email ?? '',
  contactLanguage: initiative?.contact?.language ?? 'DE',
  consentOn: initiative?.contact?.consentOn ?? '',
});

/**
 * Adds an initiative to a network, or edits one. A near-duplicate is refused by the server
 * (reason POSSIBLE_DUPLICATE): the form then lists the similar initiatives and offers an explicit
 * "add anyway", which sends the same input with `addAnyway: true`.
 */
export function InitiativeForm({
  networkId,
  initiative,
  onSaved,
}: {
  networkId: string;
  initiative?: InitiativeItemFragment;
  onSaved: (saved: InitiativeItemFragment) => void;
}) {
  const { t } = useTranslation('localCycles');
  const [values, setValues] = useState<Values>(() => valuesOf(initiative));
  // The name and city the server found close to others: the similar ones are then listed.
  const [checked, setChecked] = useState<{ name: string; city: string } | null>(null);
  const [similar] = useQuery({
    query: SimilarInitiativesDocument,
    variables: { networkId, name: checked?.name ?? '', city: checked?.city ?? '' },
    pause: !checked,
    requestPolicy: 'network-only',
  });
  const candidates = checked ? (similar.data?.similarInitiatives ?? []) : null;
  const [error, setError] = useState<CombinedError | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const [added, add] = useMutation(AddInitiativeDocument);
  const [updated, update] = useMutation(UpdateInitiativeDocument);
  const fields = fieldErrors(error);
  const set = (patch: Partial<Values>) => {
    setValues((v) => ({ ...v, ...patch }));
    // Another name or city: the candidates shown may no longer be the ones that match.
    if ('name' in patch || 'city' in patch) setChecked(null);
  };

  const save = async (addAnyway: boolean) => {
    setDone(null);
    const hasContact = values.contactName.trim() !== '' || values.contactEmail.trim() !== '';
    const contact = hasContact
      ? {
          name: values.contactName.trim(),
          email: values.contactEmail.trim(),
          language: values.contactLanguage,
          consentOn: values.consentOn || null,
        }
      : null;
    const common = {
      name: values.name.trim(),
      kind: values.kind,
      city: values.city.trim(),
      website: values.website.trim() || null,
      addAnyway,
    };
    const answer = initiative
      ? await update({
          input: {
            id: initiative.id,
            ...common,
            // Only a change of the contact person travels; null removes them.
            ...(hasContact || initiative.contact ? { contact } : {}),
          },
        })
      : await add({ input: { networkId, ...common, ...(contact ? { contact } : {}) } });
    setError(answer.error);
    if (answer.error) {
      if (errorReason(answer.error) === 'POSSIBLE_DUPLICATE') {
        setChecked({ name: common.name, city: common.city });
      }
      return;
    }
    setChecked(null);
    const saved =
      answer.data && 'addInitiative' in answer.data
        ? answer.data.addInitiative
        : answer.data && 'updateInitiative' in answer.data
          ? answer.data.updateInitiative
          : undefined;
    if (!saved) return;
    if (!initiative) setValues(valuesOf());
    setDone(initiative ? t('initiatives.saved') : t('initiatives.added', { name: saved.name }));
    onSaved(saved);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError
          message={
            candidates
              ? undefined
              : formError(error, ['name', 'city', 'kind', 'website', 'email', 'consentOn'])
          }
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('initiatives.name')}
            value={values.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={fields.name}
            required
          />
          <NativeSelect
            label={t('initiatives.kind')}
            value={values.kind}
            onChange={(e) => set({ kind: e.currentTarget.value as InitiativeKind })}
            error={fields.kind}
            data={KINDS.map((k) => ({ value: k, label: t(`enums.InitiativeKind.${k}`) }))}
          />
          <TextInput
            label={t('initiatives.city')}
            value={values.city}
            onChange={(e) => set({ city: e.currentTarget.value })}
            error={fields.city}
            required
          />
          <TextInput
            label={t('initiatives.website')}
            type="url"
            value={values.website}
            onChange={(e) => set({ website: e.currentTarget.value })}
            error={fields.website}
          />
        </SimpleGrid>
        <Fieldset legend={t('initiatives.contact')} variant="filled">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('initiatives.contactName')}
              value={values.contactName}
              onChange={(e) => set({ contactName: e.currentTarget.value })}
              error={fields['contact.name']}
              autoComplete="off"
            />
            <TextInput
              label={t('initiatives.contactEmail')}
              type="email"
              value={values.contactEmail}
              onChange={(e) => set({ contactEmail: e.currentTarget.value })}
              error={fields['contact.email'] ?? fields.email}
              autoComplete="off"
            />
            <NativeSelect
              label={t('initiatives.contactLanguage')}
              value={values.contactLanguage}
              onChange={(e) => set({ contactLanguage: e.currentTarget.value as Language })}
              data={(['DE', 'EN'] as const).map((l) => ({
                value: l,
                label: t(`enums.Language.${l}`),
              }))}
            />
            <TextInput
              label={t('initiatives.consentOn')}
              type="date"
              value={values.consentOn}
              onChange={(e) => set({ consentOn: e.currentTarget.value })}
              description={t('initiatives.consentHint')}
              error={fields['contact.consentOn'] ?? fields.consentOn}
            />
          </SimpleGrid>
        </Fieldset>
        {candidates && (
          <Alert color="yellow" variant="light" title={t('initiatives.duplicateTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('initiatives.duplicateText')}</Text>
              <List size="sm" aria-label={t('initiatives.duplicateTitle')}>
                {candidates.map((c) => (
                  <List.Item key={c.id}>
                    {c.name} ({c.city}, {t(`enums.InitiativeKind.${c.kind}`)})
                  </List.Item>
                ))}
              </List>
              <div>
                <Button
                  loading={added.fetching || updated.fetching}
                  onClick={() => void save(true)}
                >
                  {initiative ? t('initiatives.saveAnyway') : t('initiatives.addAnyway')}
                </Button>
              </div>
            </Stack>
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={!candidates && (added.fetching || updated.fetching)}>
            {initiative ? t('initiatives.save') : t('initiatives.add')}
          </Button>
        </Group>
        {done && <Text role="status">{done}</Text>}
      </Stack>
    </form>
  );
}
