import { BadUserInputError } from '@zyklus/common';
import { EntityManager } from 'typeorm';
import { ReminderEventSources } from '../events/reminder-event-sources';
import { ReminderTemplate } from './reminder-enums';
import { ReminderRuleEntity } from './reminder-rule.entity';

type RuleShape = Pick<
  ReminderRuleEntity,
  'programmeId' | 'cohortId' | 'scopeId' | 'eventKind' | 'audience' | 'template' | 'nudge'
>;

/**
 * Refuses a rule that does not fit its kind, naming the field: a kind no adapter registered, an
 * audience or nudge the kind does not declare, a scope it has no such thing as. Called before
 * anything is written, so nothing is half-written.
 */
export async function checkRuleFits(
  manager: EntityManager,
  sources: ReminderEventSources,
  rule: RuleShape,
): Promise<void> {
  const source = sources.named(rule.eventKind, 'eventKind');
  const audiences = source.audiences.map((a) => a.name);
  if (!audiences.includes(rule.audience)) {
    throw BadUserInputError.field(
      'audience',
      {
        de: `Erinnerungen zu ${rule.eventKind} gehen an: ${audiences.join(', ')}.`,
        en: `Reminders about ${rule.eventKind} go to: ${audiences.join(', ')}.`,
      },
      'AUDIENCE_NOT_OF_KIND',
    );
  }
  if (rule.template === ReminderTemplate.NUDGE) {
    const nudges = source.nudges ?? [];
    const nudge = nudges.find((n) => n.name === rule.nudge);
    if (!nudge) {
      const known = nudges.map((n) => n.name).join(', ') || '–';
      throw BadUserInputError.field(
        'nudge',
        {
          de: `Ein Nachfassen zu ${rule.eventKind} nennt eines von: ${known}.`,
          en: `A nudge about ${rule.eventKind} names one of: ${known}.`,
        },
        'NUDGE_NOT_OF_KIND',
      );
    }
    if (!nudge.audiences.includes(rule.audience)) {
      throw BadUserInputError.field(
        'audience',
        {
          de: `${nudge.name} geht an: ${nudge.audiences.join(', ')}.`,
          en: `${nudge.name} goes to: ${nudge.audiences.join(', ')}.`,
        },
        'AUDIENCE_NOT_OF_KIND',
      );
    }
  } else if (rule.nudge) {
    throw BadUserInputError.field(
      'nudge',
      {
        de: 'Nur eine Regel mit Vorlage NUDGE nennt ein Nachfassen.',
        en: 'Only a rule with template NUDGE names a nudge.',
      },
      'NUDGE_WITHOUT_TEMPLATE',
    );
  }
  if (rule.scopeId) {
    const fits =
      !rule.cohortId &&
      source.scope !== undefined &&
      (await source.scope.contains(manager, rule.programmeId, rule.scopeId));
    if (!fits) {
      throw BadUserInputError.field(
        'scopeId',
        {
          de: source.scope
            ? `Nicht als ${source.scope.label.de} in diesem Programm zu finden (und nicht zusammen mit einem Durchgang möglich).`
            : `Regeln zu ${rule.eventKind} gelten für ein Programm oder einen Durchgang.`,
          en: source.scope
            ? `Not found as a ${source.scope.label.en} of this programme (and not possible together with a cohort).`
            : `Rules about ${rule.eventKind} apply to a programme or a cohort.`,
        },
        'SCOPE_NOT_OF_KIND',
      );
    }
  }
}
