import { List } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ScoreReasonCode } from '../../../gql/graphql';

type Reason = { code: ScoreReasonCode; points: number; detail: string };

/** One reason in words; the kind of network comes as its code and is named here. */
function inWords(t: TFunction, r: Reason): string {
  const detail =
    r.code === 'SAME_NETWORK_KIND'
      ? t(`enums.NetworkKind.${r.detail}`, { defaultValue: r.detail })
      : r.detail;
  return `${t(`reasons.${r.code}`, { detail })}: ${t('reasonPoints', { points: r.points })}`;
}

/** A matching score's reasons in words: "gleiches Bundesland (Sachsen): 40 Punkte". */
export function ReasonList({
  reasons,
}: {
  reasons: readonly { code: ScoreReasonCode; points: number; detail: string }[];
}) {
  const { t } = useTranslation('buddies');
  return (
    <List size="sm" spacing={2}>
      {reasons.map((r) => (
        <List.Item key={r.code}>{inWords(t, r)}</List.Item>
      ))}
    </List>
  );
}

/** The same reasons in one line, for a place that holds text only (a radio's description). */
export function reasonsInWords(
  t: TFunction,
  reasons: readonly { code: ScoreReasonCode; points: number; detail: string }[],
): string {
  return reasons.map((r) => inWords(t, r)).join('; ');
}
