import {
  ErasureAction,
  ErasureStep,
  PersonalDataContext,
  PersonalDataContextProvider,
  PersonalDataExportPart,
  PersonalDataScope,
  RetentionRule,
} from '@zyklus/common';
import { ReminderContactLedger } from '@zyklus/reminders';
import { SelfAnalysisPhaseChangeEntity } from '../enrolment/local-enrolment.entity';
import { InitiativeContactData } from './initiative-contact-data';
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
 * who made them and without their reasons. Initiatives' contact persons have no account; their
 * data is the coordinator's to edit or remove, an unsubscribe ends the consent, and the
 * retention rule INITIATIVE_CONTACTS removes it 24 months after the initiative's last enrolment.
 * A person of Zyklus whose address is an initiative's contact address gets those initiatives and
 * the reminders to that contact in their export, and an erasure removes them as contact person.
 */
@PersonalDataContext()
export class LocalCyclesPersonalData implements PersonalDataContextProvider {
  readonly context = 'local-cycles';
  readonly description = {
    de: 'Phasenänderungen der Selbstanalyse, die Sie im Workshop-Zyklus vor Ort festgehalten haben, und MINT-Initiativen, deren Ansprechperson Ihre E-Mail-Adresse hat, mit den Erinnerungen an sie.',
    en: 'Self-analysis phase changes you recorded in a local workshop cycle, and initiatives whose contact person has your email address, with the reminders to them.',
  };
  readonly covers = [SelfAnalysisPhaseChangeEntity];
  readonly erasureOrder = 30;
  readonly retention: readonly RetentionRule[];

  constructor(private readonly ledger: ReminderContactLedger) {
    this.retention = [initiativeContactRetention(ledger)];
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
    const contacts = await InitiativeContactData.of(manager, personId);
    const asContact = contacts.map((c) => ({
      initiative: c.initiative,
      network: c.network,
      name: c.contact_name,
      email: c.contact_email,
      language: c.contact_language,
      consentOn: c.contact_consent_on,
    }));
    const ledger = await InitiativeContactData.ledger(
      manager,
      this.ledger,
      contacts.map((c) => c.id),
    );
    const reminders = ledger.map((r) => ({
      initiative: contacts.find((c) => c.id === r.contactId)?.initiative ?? null,
      kind: r.kind,
      eventKind: 'LOCAL_WORKSHOP',
      eventId: r.eventId,
      dueAt: new Date(r.dueAt).toISOString(),
      status: r.status,
      sentAt: r.sentAt ? new Date(r.sentAt).toISOString() : null,
      reason: r.reason,
    }));
    return {
      data: {
        phaseChangesByYou: changes,
        initiativesYouAreContactFor: asContact,
        remindersAsInitiativeContact: reminders,
      },
      tables: [
        {
          name: 'initiative-contact',
          description: {
            de: 'MINT-Initiativen, deren Ansprechperson Ihre E-Mail-Adresse hat.',
            en: 'Initiatives whose contact person has your email address.',
          },
          rows: asContact,
        },
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
    const contacts = await InitiativeContactData.of(manager, personId);
    return [
      {
        key: 'initiative-contacts',
        label: {
          de: 'Sie werden als Ansprechperson von MINT-Initiativen entfernt (die Initiativen bleiben)',
          en: 'You are removed as the contact person of initiatives (the initiatives stay)',
        },
        action: ErasureAction.ANONYMISE,
        count: contacts.length,
      },
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
    // Before identity anonymises the profile (order 200): the address still finds them.
    const contacts = await InitiativeContactData.of(manager, personId);
    await InitiativeContactData.erase(
      manager,
      this.ledger,
      contacts.map((c) => c.id),
    );
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
