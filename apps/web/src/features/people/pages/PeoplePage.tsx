import {
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import {
  InvitePersonDocument,
  PeopleDocument,
  SetPersonRolesDocument,
  type Language,
  type Role,
} from '../../../gql/graphql';
import { errorMessage, fieldErrors, formError } from '../../../app/graphql/errors';
import { PageTitle } from '../../../ui/PageTitle';
import { FormError, QueryResult } from '../../../ui/QueryResult';

/** Program managers: people, the program-manager role, and invitations. */
export function PeoplePage() {
  const { t } = useTranslation('people');
  const [search, setSearch] = useState('');
  const [result, refetch] = useQuery({
    query: PeopleDocument,
    variables: { search: search || null },
  });
  const [rolesResult, setRoles] = useMutation(SetPersonRolesDocument);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Stack gap="md">
      <PageTitle>{t('title')}</PageTitle>
      <InviteForm onDone={reload} />
      <Title order={2} size="h3">
        {t('nav')}
      </Title>
      <TextInput
        label={t('search')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={360}
        type="search"
      />
      <FormError message={errorMessage(rolesResult.error)} />
      <QueryResult result={result} retry={reload}>
        {({ people }) => (
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('name')}</Table.Th>
                  <Table.Th>{t('email')}</Table.Th>
                  <Table.Th>{t('roles')}</Table.Th>
                  <Table.Th>{t('privacy')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.nodes.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      {p.name}
                      {p.isAlumnus && <Text size="xs">{t('alumnus')}</Text>}
                    </Table.Td>
                    <Table.Td>{p.email ?? '–'}</Table.Td>
                    <Table.Td>
                      {p.erased ? (
                        <Text size="sm">{t('erased')}</Text>
                      ) : (
                        <Checkbox
                          label={t('manager')}
                          aria-label={t('managerOf', { name: p.name })}
                          checked={p.roles.includes('PROGRAM_MANAGER')}
                          onChange={(e) => {
                            const others = p.roles.filter((r) => r !== 'PROGRAM_MANAGER');
                            const roles: Role[] = e.currentTarget.checked
                              ? [...others, 'PROGRAM_MANAGER']
                              : others;
                            void setRoles({ input: { personId: p.id, roles } }).then(reload);
                          }}
                        />
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/privacy/people/${p.id}`}
                        aria-label={t('privacyOf', { name: p.name })}
                      >
                        {t('privacy')}
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryResult>
    </Stack>
  );
}

function InviteForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('people');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [language, setLanguage] = useState<Language>('DE');
  const [manager, setManager] = useState(false);
  const [invited, setInvited] = useState<string | null>(null);
  const [result, invite] = useMutation(InvitePersonDocument);
  const fields = fieldErrors(result.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setInvited(null);
    const answer = await invite({
      input: {
        name,
        email,
        preferredLanguage: language,
        roles: manager ? ['PROGRAM_MANAGER'] : [],
      },
    });
    if (answer.data) {
      setInvited(answer.data.invitePerson.name);
      setName('');
      setEmail('');
      onDone();
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm" maw={520}>
        <Title order={2} size="h3">
          {t('invite')}
        </Title>
        <FormError
          message={formError(result.error, ['name', 'email', 'roles', 'preferredLanguage'])}
        />
        <TextInput
          label={t('name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fields.name}
          required
        />
        <TextInput
          label={t('email')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={fields.email}
          required
        />
        <Group align="flex-end">
          <NativeSelect
            label={t('language')}
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value as Language)}
            data={[
              { value: 'DE', label: 'Deutsch' },
              { value: 'EN', label: 'English' },
            ]}
          />
          <Checkbox
            label={t('manager')}
            checked={manager}
            onChange={(e) => setManager(e.currentTarget.checked)}
            mb={8}
          />
        </Group>
        <div>
          <Button type="submit" loading={result.fetching}>
            {t('send')}
          </Button>
        </div>
        {invited && <Text role="status">{t('invited', { name: invited })}</Text>}
      </Stack>
    </form>
  );
}
