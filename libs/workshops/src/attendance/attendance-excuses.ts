import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { participationsOf } from '../access/workshop-participants';
import { WorkshopWriter } from '../workshop/workshop-writer';
import { AttendanceStatus } from './attendance-status';
import { AttendanceEntity } from './attendance.entity';

/**
 * A participant says they cannot come (the signed "I can't come" link in a reminder): their
 * attendance becomes EXCUSED, recorded by themselves, and shows in the program managers'
 * attendance views like any other.
 */
@Injectable()
export class AttendanceExcuses {
  constructor(private readonly writer: WorkshopWriter) {}

  /**
   * In the caller's transaction, locking the workshop (its cohort first) as every attendance
   * change does. False when `personId` is none of the workshop's participants.
   */
  async excuse(
    manager: EntityManager,
    workshopId: string,
    personId: string,
    at: Date,
  ): Promise<boolean> {
    await this.writer.lock(manager, workshopId);
    const participations = await participationsOf(manager, workshopId, personId);
    if (!participations.length) return false;
    await manager
      .createQueryBuilder()
      .insert()
      .into(AttendanceEntity)
      .values(
        participations.map((participationId) => ({
          workshopId,
          participationId,
          status: AttendanceStatus.EXCUSED,
          recordedAt: at,
          recordedById: personId,
        })),
      )
      .orUpdate(['status', 'recorded_at', 'recorded_by_id'], ['workshop_id', 'participation_id'])
      .execute();
    return true;
  }
}
