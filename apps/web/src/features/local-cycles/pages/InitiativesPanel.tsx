import { Badge, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeItemFragment } from '../../../gql/graphql';
import { formatDay } from '../../../ui/format';
import { InitiativeForm } from './InitiativeForm';

/** The network's initiatives; its coordinator adds and edits them (with the duplicate check). */
export function InitiativesPanel({
  networkId,
  initiatives,
  editable,
  seesContacts,
  onChanged,
}: {
  networkId: string;
  initiatives: readonly InitiativeItemFragment[];
  editable: boolean;
  /** Only the network's coordinator sees contact persons (the server withholds them too). */
  seesContacts: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation('localCycles');
  const [editing, setEditing] = useState<InitiativeItemFragment | null>(null);
  return (
    <Stack gap="md">
      <section aria-labelledby="initiatives-title">
        <Title order={2} size="h3" mb="xs" id="initiatives-title">
          {t('initiatives.title')}
        </Title>
        {initiatives.length === 0 && <Text>{t('initiatives.none')}</Text>}
        <Stack gap="xs">
          {initiatives.map((i) => (
            <InitiativeCard
              key={i.id}
              initiative={i}
              seesContacts={seesContacts}
              onEdit={editable ? () => setEditing(i) : undefined}
            />
          ))}
        </Stack>
      </section>
      {editable && (
        <section aria-labelledby="add-initiative-title">
          <Title order={2} size="h3" mb="xs" id="add-initiative-title">
            {t('initiatives.addTitle')}
          </Title>
          <InitiativeForm networkId={networkId} onSaved={onChanged} />
        </section>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('initiatives.editTitle', { name: editing?.name ?? '' })}
        size="lg"
      >
        {editing && (
          <InitiativeForm
            networkId={networkId}
            initiative={editing}
            onSaved={() => {
              setEditing(null);
              onChanged();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function InitiativeCard({
  initiative: i,
  seesContacts,
  onEdit,
}: {
  initiative: InitiativeItemFragment;
  seesContacts: boolean;
  onEdit?: () => void;
}) {
  const { t, i18n } = useTranslation('localCycles');
  return (
    <Card withBorder padding="sm" component="article" aria-label={i.name}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={600}>{i.name}</Text>
            {i.demo && (
              <Badge size="xs" variant="outline">
                {t('initiatives.demo')}
              </Badge>
            )}
          </Group>
          <Text size="sm">
            {t(`enums.InitiativeKind.${i.kind}`)}, {i.city}
            {i.website && (
              <>
                {' · '}
                <a href={i.website} target="_blank" rel="noreferrer">
                  {i.website.replace(/^https?:\/\//, '')}
                </a>
              </>
            )}
          </Text>
          {!seesContacts ? null : i.contact ? (
            <Text size="sm">
              {i.contact.name}, {i.contact.email} ·{' '}
              {i.contact.consentOn
                ? t('initiatives.consent', { date: formatDay(i.contact.consentOn, i18n.language) })
                : t('initiatives.noConsent')}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('initiatives.noContact')}
            </Text>
          )}
        </Stack>
        {onEdit && (
          <Button
            size="compact-sm"
            variant="default"
            onClick={onEdit}
            aria-label={t('initiatives.editOf', { name: i.name })}
          >
            {t('initiatives.edit')}
          </Button>
        )}
      </Group>
    </Card>
  );
}
