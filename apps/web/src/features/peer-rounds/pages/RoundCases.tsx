import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberCaseFragment } from '../../../gql/graphql';
import { CaseCard } from './CaseCard';

/** The cases of one round, and (before it) the queued cases one may schedule into it. */
export function RoundCases({
  roundId,
  cases,
  queue,
  canSchedule,
  viewerId,
  isModerator,
  names,
  onDone,
}: {
  roundId: string;
  cases: readonly MemberCaseFragment[];
  queue: readonly MemberCaseFragment[];
  canSchedule: boolean;
  viewerId: string;
  isModerator: boolean;
  names: ReadonlyMap<string, string>;
  onDone: () => void;
}) {
  const { t } = useTranslation('peer-rounds');
  const here = [{ id: roundId, label: t('cases.thisRound'), moderated: isModerator }];
  const schedulable = canSchedule
    ? queue.filter((c) => c.proposerId === viewerId || isModerator)
    : [];
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('cases.ofRound')}
      </Title>
      {cases.length === 0 && <Text size="sm">{t('cases.noneInRound')}</Text>}
      {cases.map((c) => (
        <CaseCard
          key={c.id}
          item={c}
          proposer={names.get(c.proposerId)}
          viewerId={viewerId}
          onDone={onDone}
        />
      ))}
      {schedulable.length > 0 && (
        <>
          <Title order={3} size="h4">
            {t('cases.fromQueue')}
          </Title>
          {schedulable.map((c) => (
            <CaseCard
              key={c.id}
              item={c}
              proposer={names.get(c.proposerId)}
              viewerId={viewerId}
              rounds={here}
              onDone={onDone}
            />
          ))}
        </>
      )}
    </Stack>
  );
}
