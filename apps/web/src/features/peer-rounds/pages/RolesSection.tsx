import { Button, Checkbox, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  AssignPeerRoundRolesDocument,
  SuggestedPeerRolesDocument,
  type PeerRole,
} from '../../../gql/graphql';
import { fieldErrors, formError } from '../../../app/graphql/errors';
import { FormError } from '../../../ui/QueryResult';

interface RoleHolder {
  role: PeerRole;
  personId: string;
  name: string;
}

/** "Moderation: Lena Hartmann" per role; "not assigned" when nobody holds it. */
export function RolesList({ roles }: { roles: readonly RoleHolder[] }) {
  const { t } = useTranslation('peer-rounds');
  const names = (role: string) =>
    roles
      .filter((r) => r.role === role)
      .map((r) => r.name)
      .join(', ') || t('roles.nobody');
  return (
    <List spacing={2}>
      {(['MODERATOR', 'CASE_GIVER', 'SECRETARY'] as const).map((role) => (
        <List.Item key={role}>
          {t(`enums.PeerRole.${role}`)}: {names(role)}
        </List.Item>
      ))}
    </List>
  );
}

/**
 * The round's roles, and for its members before the round: who holds which, with the rotation
 * suggestion (who had it least recently) as a starting point. Assigning is explicit.
 */
export function RolesSection({
  roundId,
  roles,
  members,
  editable,
  onDone,
}: {
  roundId: string;
  roles: readonly RoleHolder[];
  members: readonly { personId: string; name: string }[];
  editable: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation('peer-rounds');
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('roles.title')}
      </Title>
      <RolesList roles={roles} />
      {editable && !editing && (
        <Group>
          <Button variant="light" onClick={() => setEditing(true)}>
            {t('roles.assign')}
          </Button>
        </Group>
      )}
      {editable && editing && (
        <AssignRoles
          roundId={roundId}
          roles={roles}
          members={members}
          onDone={() => {
            setEditing(false);
            onDone();
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </Stack>
  );
}

function AssignRoles({
  roundId,
  roles,
  members,
  onDone,
  onCancel,
}: {
  roundId: string;
  roles: readonly RoleHolder[];
  members: readonly { personId: string; name: string }[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('peer-rounds');
  const holder = (role: string) => roles.find((r) => r.role === role)?.personId ?? '';
  const [moderatorId, setModerator] = useState(holder('MODERATOR'));
  const [secretaryId, setSecretary] = useState(holder('SECRETARY'));
  const [caseGiverIds, setCaseGivers] = useState<string[]>(
    roles.filter((r) => r.role === 'CASE_GIVER').map((r) => r.personId),
  );
  const [suggested] = useQuery({ query: SuggestedPeerRolesDocument, variables: { roundId } });
  const [result, assign] = useMutation(AssignPeerRoundRolesDocument);
  const fields = fieldErrors(result.error);
  const suggestion = suggested.data?.suggestedRoles;
  const options = [
    { value: '', label: t('roles.nobody') },
    ...members.map((m) => ({ value: m.personId, label: m.name })),
  ];
  const hint = (list?: readonly { name: string; lastHeldOn?: string | null }[]) => {
    const first = list?.[0];
    if (!first) return undefined;
    return first.lastHeldOn
      ? t('roles.suggestion', { name: first.name, date: first.lastHeldOn })
      : t('roles.suggestionNever', { name: first.name });
  };
  const takeSuggestion = () => {
    if (!suggestion) return;
    setModerator(suggestion.moderator[0]?.personId ?? '');
    setSecretary(
      suggestion.secretary.find((c) => c.personId !== suggestion.moderator[0]?.personId)
        ?.personId ?? '',
    );
    setCaseGivers(suggestion.caseGiver.slice(0, 1).map((c) => c.personId));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await assign({
      input: {
        roundId,
        moderatorId: moderatorId || null,
        secretaryId: secretaryId || null,
        caseGiverIds,
      },
    });
    if (!answer.error) onDone();
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <FormError
          message={formError(result.error, ['moderatorId', 'secretaryId', 'caseGiverIds'])}
        />
        {suggestion && (
          <Group>
            <Button variant="default" onClick={takeSuggestion}>
              {t('roles.takeSuggestion')}
            </Button>
          </Group>
        )}
        <NativeSelect
          label={t('enums.PeerRole.MODERATOR')}
          description={hint(suggestion?.moderator)}
          data={options}
          value={moderatorId}
          onChange={(e) => setModerator(e.currentTarget.value)}
          error={fields.moderatorId}
        />
        <NativeSelect
          label={t('enums.PeerRole.SECRETARY')}
          description={hint(suggestion?.secretary)}
          data={options}
          value={secretaryId}
          onChange={(e) => setSecretary(e.currentTarget.value)}
          error={fields.secretaryId}
        />
        <Checkbox.Group
          label={t('enums.PeerRole.CASE_GIVER')}
          description={
            suggestion && suggestion.caseGiver.length === 0
              ? t('roles.noQueuedCase')
              : hint(suggestion?.caseGiver)
          }
          value={caseGiverIds}
          onChange={setCaseGivers}
          error={fields.caseGiverIds}
        >
          <Stack gap={4} mt="xs">
            {members.map((m) => (
              <Checkbox key={m.personId} value={m.personId} label={m.name} />
            ))}
          </Stack>
        </Checkbox.Group>
        {members.length === 0 && <Text size="sm">{t('roles.noMembers')}</Text>}
        <Group>
          <Button type="submit" loading={result.fetching}>
            {t('roles.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('cancel', { ns: 'app' })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
