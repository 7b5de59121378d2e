import { mailTemplateFolder } from '@zyklus/mail';
import { ReminderNudgeSpec } from '@zyklus/reminders';
import { join } from 'node:path';
import { EntityManager } from 'typeorm';
import { WorkshopAudience } from './workshop-reminder-kind';

/** The nudges program managers can set for workshops (template NUDGE, `nudge` the name). */
export const WorkshopNudge = {
  ATTENDANCE_NOT_RECORDED: 'ATTENDANCE_NOT_RECORDED',
} as const;

/**
 * "Attendance not recorded n days after a workshop ended" (a rule with anchor END): to the
 * program managers, skipped once anyone's attendance is recorded as attended or no-show.
 */
export const ATTENDANCE_NOT_RECORDED: ReminderNudgeSpec = {
  name: WorkshopNudge.ATTENDANCE_NOT_RECORDED,
  description:
    'Anwesenheit nicht erfasst: attendance not recorded after the workshop; skipped once it is.',
  mail: mailTemplateFolder(join(__dirname, 'mail', 'attendance-not-recorded')),
  audiences: [WorkshopAudience.PROGRAM_MANAGERS],
  async settled(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await manager.query<{ workshop_id: string }[]>(
      `SELECT DISTINCT workshop_id FROM attendance
        WHERE workshop_id = ANY($1::uuid[]) AND status IN ('ATTENDED', 'NO_SHOW')`,
      [ids],
    );
    return new Map(rows.map((r) => [r.workshop_id, 'attendance recorded']));
  },
};
