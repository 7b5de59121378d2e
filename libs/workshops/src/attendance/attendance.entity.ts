import { ParticipationEntity } from '@zyklus/cohorts';
import { PersonEntity } from '@zyklus/identity';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { WorkshopEntity } from '../workshop/workshop.entity';
import { AttendanceStatus } from './attendance-status';

/** Whether a participating network's coordinator attended a workshop. */
@Entity('attendance')
@Unique('uq_attendance_workshop_participation', ['workshopId', 'participationId'])
@Index('ix_attendance_participation', ['participationId'])
@Check('ck_attendance_status', `"status" IN ('REGISTERED', 'ATTENDED', 'EXCUSED', 'NO_SHOW')`)
export class AttendanceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_attendance' })
  id!: string;

  @Column('uuid')
  workshopId!: string;

  @ManyToOne(() => WorkshopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id', foreignKeyConstraintName: 'fk_attendance_workshop' })
  workshop?: WorkshopEntity;

  @Column('uuid')
  participationId!: string;

  @ManyToOne(() => ParticipationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participation_id', foreignKeyConstraintName: 'fk_attendance_participation' })
  participation?: ParticipationEntity;

  @Column('varchar', { length: 16 })
  status!: AttendanceStatus;

  /** When it was last recorded by a program manager; null while only registered. */
  @Column('timestamptz', { nullable: true })
  recordedAt!: Date | null;

  @Column('uuid', { nullable: true })
  recordedById!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'fk_attendance_recorded_by' })
  recordedBy?: PersonEntity;
}
