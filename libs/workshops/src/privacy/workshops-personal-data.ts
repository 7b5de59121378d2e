import { cohortsSql } from '@zyklus/cohorts';
import {
  ErasureAction,
  ErasureStep,
  PersonalDataContext,
  PersonalDataContextProvider,
  PersonalDataExportPart,
  PersonalDataScope,
} from '@zyklus/common';
import { AttendanceEntity } from '../attendance/attendance.entity';
import { WorkshopChangeEntity } from '../workshop/workshop-change.entity';
import { WorkshopFacilitatorEntity } from '../workshop/workshop-facilitator.entity';

interface AttendanceRow {
  workshop: string;
  first_day: string;
  network: string;
  status: string;
}

interface FacilitationRow {
  workshop: string;
  first_day: string | null;
  status: string;
  contribution: string | null;
}

/**
 * The workshops' personal data: a coordinator's attendance (of their network, on workshops
 * whose first day fell in their coordination), the workshops a person facilitates, and the
 * attendance and changes they recorded as a program manager. Erasing keeps attendance as it is
 * (it counts for the network), keeps facilitations as "Gelöschte Person" and removes the reasons
 * they wrote into workshop changes.
 */
@PersonalDataContext()
export class WorkshopsPersonalData implements PersonalDataContextProvider {
  readonly context = 'workshops';
  readonly description = {
    de: 'Ihre Teilnahme an Workshops (Anwesenheit) und Workshops, die Sie moderieren.',
    en: 'Your workshop attendance and the workshops you facilitate.',
  };
  readonly covers = [AttendanceEntity, WorkshopChangeEntity, WorkshopFacilitatorEntity];
  readonly erasureOrder = 20;

  async exportPerson({ manager, personId }: PersonalDataScope): Promise<PersonalDataExportPart> {
    const attendance = await this.attendance(manager, personId);
    const facilitations = await manager.query<FacilitationRow[]>(
      `SELECT w.title AS workshop, min(d.date)::text AS first_day, w.status, f.contribution
         FROM workshop_facilitator f
         JOIN workshop w ON w.id = f.workshop_id
         LEFT JOIN workshop_day d ON d.workshop_id = w.id
        WHERE f.person_id = $1
        GROUP BY w.id, f.id ORDER BY first_day`,
      [personId],
    );
    const recorded = await manager.countBy(AttendanceEntity, { recordedById: personId });
    const changes = await manager.find(WorkshopChangeEntity, {
      where: { changedById: personId },
      order: { changedAt: 'ASC' },
    });
    const attendanceRows = attendance.map((a) => ({
      workshop: a.workshop,
      firstDay: a.first_day,
      network: a.network,
      status: a.status,
    }));
    return {
      data: {
        attendance: attendanceRows,
        facilitations: facilitations.map((f) => ({
          workshop: f.workshop,
          firstDay: f.first_day,
          status: f.status,
          contribution: f.contribution,
        })),
        attendanceRecordedByYou: recorded,
        workshopChangesByYou: changes.map((c) => ({
          workshopId: c.workshopId,
          kind: c.kind,
          changedAt: c.changedAt.toISOString(),
          reason: c.reason,
        })),
      },
      tables: [
        {
          name: 'attendance',
          description: {
            de: 'Ihre Anwesenheit bei Workshops (für Ihr Netzwerk).',
            en: 'Your attendance at workshops (for your network).',
          },
          rows: attendanceRows,
        },
      ],
    };
  }

  async previewErasure({ manager, personId }: PersonalDataScope): Promise<ErasureStep[]> {
    const attendance = await this.attendance(manager, personId);
    const facilitations = await manager.countBy(WorkshopFacilitatorEntity, { personId });
    const changes = await manager.countBy(WorkshopChangeEntity, { changedById: personId });
    return [
      {
        key: 'attendance',
        label: {
          de: 'Anwesenheit bleibt für die Zählung des Netzwerks',
          en: 'Attendance stays for the network’s counts',
        },
        action: ErasureAction.KEEP_AS_COUNT,
        count: attendance.length,
      },
      {
        key: 'facilitations',
        label: {
          de: 'Moderationen bleiben als „Gelöschte Person“',
          en: 'Facilitations stay as "Gelöschte Person"',
        },
        action: ErasureAction.ANONYMISE,
        count: facilitations,
      },
      {
        key: 'workshop-changes',
        label: {
          de: 'Workshop-Änderungen: Begründungstexte werden entfernt',
          en: 'Workshop changes: the reasons written are removed',
        },
        action: ErasureAction.ANONYMISE,
        count: changes,
      },
    ];
  }

  async erasePerson({ manager, personId }: PersonalDataScope): Promise<void> {
    await manager.update(AttendanceEntity, { recordedById: personId }, { recordedById: null });
    await manager.update(
      WorkshopChangeEntity,
      { changedById: personId },
      { changedById: null, reason: null },
    );
  }

  private attendance(
    manager: PersonalDataScope['manager'],
    personId: string,
  ): Promise<AttendanceRow[]> {
    return manager.query<AttendanceRow[]>(
      `SELECT w.title AS workshop, fd.first_day::text, co.network_name AS network, a.status
         FROM attendance a
         JOIN workshop w ON w.id = a.workshop_id
         JOIN (SELECT workshop_id, min(date) AS first_day FROM workshop_day GROUP BY workshop_id) fd
           ON fd.workshop_id = w.id
         JOIN LATERAL ${cohortsSql.coordinatorsOn('a.participation_id', 'fd.first_day')} co
           ON co.person_id = $1
        ORDER BY fd.first_day`,
      [personId],
    );
  }
}
