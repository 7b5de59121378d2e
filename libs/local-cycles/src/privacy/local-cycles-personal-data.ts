import {
  ErasureAction,
  ErasureStep,
  PersonalDataContext,
  PersonalDataContextProvider,
  PersonalDataExportPart,
  PersonalDataScope,
  RetentionRule,
} from '@zyklus/common';
import { ReminderPlanner } from '@zyklus/reminders';
import { SelfAnalysisPhaseChangeEntity } from '../enrolment/local-enrolment.entity';
import { initiativeContactRetention } from './initiative-contact-retention';

interface ChangeRow {
  initiative: string;
  from_phase: string;
  to_phase: string;
  changed_at: Date;
  reason: string | null;
}

/**
 * The local cycles' personal data of a person: the self-analysis phase changes they recorded
 * (with the reasons they wrote). Erasing keeps the changes for the initiatives' history, without
 * who made them and without their reasons. (Initiatives' contact persons have no account; their
 * data is the coordinator's to edit or remove, an unsubscribe ends the consent, and the
 * retention rule INITIATIVE_CONTACTS removes it 24 months after the initiative's last enrolment.)
 */
@PersonalDataContext()
export class LocalCyclesPersonalData implements PersonalDataContextProvider {
  readonly context = 'local-cycles';
  readonly description = {
    de: 'Phasenänderungen der Selbstanalyse, die Sie im Workshop-Zyklus vor Ort festgehalten haben.',
    en: 'Self-analysis phase changes you recorded in a local workshop cycle.',
  };
  readonly covers = [SelfAnalysisPhaseChangeEntity];
  readonly erasureOrder = 30;
  readonly retention: readonly RetentionRule[];

  constructor(planner: ReminderPlanner) {
    this.retention = [initiativeContactRetention(planner)];
  }

  async exportPerson({ manager, personId }: PersonalDataScope): Promise<PersonalDataExportPart> {
    const rows = await this.changes(manager, personId);
    const changes = rows.map((r) => ({
      initiative: r.initiative,
      fromPhase: r.from_phase,
      toPhase: r.to_phase,
      changedAt: new Date(r.changed_at).toISOString(),
      reason: r.reason,
    }));
    return {
      data: { phaseChangesByYou: changes },
      tables: [
        {
          name: 'phase-changes',
          description: {
            de: 'Von Ihnen festgehaltene Phasen der Selbstanalyse.',
            en: 'Self-analysis phases you recorded.',
          },
          rows: changes,
        },
      ],
    };
  }

  async previewErasure({ manager, personId }: PersonalDataScope): Promise<ErasureStep[]> {
    const count = await manager.countBy(SelfAnalysisPhaseChangeEntity, { changedById: personId });
    return [
      {
        key: 'phase-changes',
        label: {
          de: 'Phasenänderungen bleiben ohne Ihren Namen und Ihre Begründungen',
          en: 'Phase changes stay without your name and your reasons',
        },
        action: ErasureAction.ANONYMISE,
        count,
      },
    ];
  }

  async erasePerson({ manager, personId }: PersonalDataScope): Promise<void> {
    await manager.update(
      SelfAnalysisPhaseChangeEntity,
      { changedById: personId },
      { changedById: null, reason: null },
    );
  }

  private changes(manager: PersonalDataScope['manager'], personId: string) {
    return manager.query<ChangeRow[]>(
      `SELECT i.name AS initiative, c.from_phase, c.to_phase, c.changed_at, c.reason
         FROM self_analysis_phase_change c
         JOIN local_enrolment e ON e.id = c.enrolment_id
         JOIN initiative i ON i.id = e.initiative_id
        WHERE c.changed_by_id = $1 ORDER BY c.changed_at`,
      [personId],
    );
  }
}
