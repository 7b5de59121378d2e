import { useTranslation } from 'react-i18next';
import type { ReminderAnchor, ReminderRuleFieldsFragment } from '../../../gql/graphql';
import type { EventKindInfo } from '../rule-form';

/**
 * Words for kinds, audiences, nudges and offsets: the app's own for the names it knows, else
 * the description the server registered with the kind (so a new kind shows up at once).
 */
export function useRuleLabels(kinds: readonly EventKindInfo[]) {
  const { t } = useTranslation('reminders');
  const info = (kind: string) => kinds.find((k) => k.kind === kind);

  const kindLabel = (kind: string) =>
    t(`kinds.${kind}`, { defaultValue: info(kind)?.description ?? kind });
  const audienceLabel = (kind: string, audience: string) =>
    t(`audiences.${audience}`, {
      defaultValue: info(kind)?.audiences.find((a) => a.name === audience)?.description ?? audience,
    });
  const nudgeLabel = (kind: string, nudge: string) =>
    t(`nudges.${nudge}`, {
      defaultValue: info(kind)?.nudges.find((n) => n.name === nudge)?.description ?? nudge,
    });

  const amount = (days: number, minutes: number) => {
    const parts = [
      ...(days ? [t('days', { count: Math.abs(days) })] : []),
      ...(minutes ? [t('minutes', { count: Math.abs(minutes) })] : []),
    ];
    return parts.length === 2 ? t('and', { a: parts[0], b: parts[1] }) : (parts[0] ?? '');
  };

  /** "1 Tag vor dem Beginn", "zu dem Ende", "2 Tage und 30 Minuten nach dem Ende". */
  const offsetLabel = (days: number, minutes: number, anchor: ReminderAnchor) => {
    const of = t(`anchorOf.${anchor}`);
    if (!days && !minutes) return t('offset.at', { anchor: of });
    if (days * minutes < 0) {
      return t('offset.mixed', { days, minutes, anchor: t(`anchors.${anchor}`) });
    }
    const before = days < 0 || minutes < 0;
    return t(before ? 'offset.before' : 'offset.after', {
      amount: amount(days, minutes),
      anchor: of,
    });
  };

  const summary = (rule: ReminderRuleFieldsFragment) =>
    t('ruleSummary', {
      template:
        rule.template === 'NUDGE' && rule.nudge
          ? `${t('templates.NUDGE')} (${nudgeLabel(rule.eventKind, rule.nudge)})`
          : t(`templates.${rule.template}`),
      audience: audienceLabel(rule.eventKind, rule.audience),
      offset: offsetLabel(rule.offsetDays, rule.offsetMinutes, rule.anchor),
    });

  return { kindLabel, audienceLabel, nudgeLabel, offsetLabel, summary };
}
