import { Alert, Badge, Group, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { InitiativesDocument, type LocalCycleViewFragment } from '../../../gql/graphql';
import { formatInstant } from '../../../ui/format';
import { AttendancePanel } from './AttendancePanel';
import { CycleStatusActions, ReopenButton } from './CycleStatusActions';
import { EnrolmentsPanel } from './EnrolmentsPanel';
import { InitiativesPanel } from './InitiativesPanel';
import { PhasesPanel } from './PhasesPanel';
import { WorkshopsPanel } from './WorkshopsPanel';

/**
 * One local cycle as its coordinator works with it (initiatives, workshops, enrolments,
 * attendance, phases), or read-only: when COMPLETED or CANCELLED (and saying why), and for
 * program managers, who may reopen a completed one.
 */
export function LocalCycleView({
  cycle,
  coordinates,
  isManager,
  onChanged,
}: {
  cycle: LocalCycleViewFragment;
  /** The viewer coordinates this cycle's network. */
  coordinates: boolean;
  isManager: boolean;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation('localCycles');
  const editable = coordinates && !cycle.readOnly;
  const [initiatives, refetchInitiatives] = useQuery({
    query: InitiativesDocument,
    variables: { networkId: cycle.network.id },
  });
  const reload = () => {
    refetchInitiatives({ requestPolicy: 'network-only' });
    onChanged();
  };
  const list = initiatives.data?.initiatives ?? [];

  return (
    <Stack gap="md">
      <Group gap="sm" wrap="wrap">
        <Badge variant="light" size="lg">
          {t(`enums.LocalCycleStatus.${cycle.status}`)}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('lastActivity', { date: formatInstant(cycle.lastActivityAt, i18n.language) })}
        </Text>
      </Group>
      {cycle.readOnly && (
        <Alert color="gray" variant="light" role="note">
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Text size="sm">{t(`readOnly${cycle.status}`)}</Text>
            {isManager && cycle.status === 'COMPLETED' && (
              <ReopenButton cycleId={cycle.id} onDone={onChanged} />
            )}
          </Group>
        </Alert>
      )}
      {!cycle.readOnly && cycle.reopenReason && (
        <Text size="sm">{t('reopened', { reason: cycle.reopenReason })}</Text>
      )}
      {!coordinates && isManager && <Text size="sm">{t('managerView')}</Text>}
      {editable && <CycleStatusActions cycleId={cycle.id} status={cycle.status} onDone={reload} />}
      <Tabs defaultValue="workshops">
        <Tabs.List aria-label={t('tabs.label')}>
          <Tabs.Tab value="workshops">{t('tabs.workshops')}</Tabs.Tab>
          <Tabs.Tab value="initiatives">{t('tabs.initiatives')}</Tabs.Tab>
          <Tabs.Tab value="enrolments">{t('tabs.enrolments')}</Tabs.Tab>
          <Tabs.Tab value="attendance">{t('tabs.attendance')}</Tabs.Tab>
          <Tabs.Tab value="phases">{t('tabs.phases')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="workshops" pt="md">
          <WorkshopsPanel cycle={cycle} editable={editable} onChanged={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="initiatives" pt="md">
          <InitiativesPanel
            networkId={cycle.network.id}
            initiatives={list}
            editable={editable}
            seesContacts={coordinates}
            onChanged={reload}
          />
        </Tabs.Panel>
        <Tabs.Panel value="enrolments" pt="md">
          <EnrolmentsPanel
            cycle={cycle}
            initiatives={list}
            editable={editable}
            seesContacts={coordinates}
            onChanged={reload}
          />
        </Tabs.Panel>
        <Tabs.Panel value="attendance" pt="md">
          <AttendancePanel cycle={cycle} editable={editable} onSaved={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="phases" pt="md">
          <PhasesPanel cycle={cycle} editable={editable} onChanged={reload} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
