import { PersonEntity } from '@zyklus/identity';
import {
  Check,
  Column,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { WorkshopEntity } from './workshop.entity';

/** What happened to a workshop: the record reminders react to. */
export enum WorkshopChangeKind {
  PUBLISHED = 'PUBLISHED',
  RESCHEDULED = 'RESCHEDULED',
  UPDATED = 'UPDATED',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
}

/** What people see of a workshop besides its days (mails, calendar entries), as recorded. */
export interface RecordedDetails {
  title: string;
  placeName: string | null;
  placeAddress: string | null;
  onlineUrl: string | null;
}

/** A day as recorded in a change: date and wall-clock times. */
export interface RecordedDay {
  date: string;
  startTime: string;
  endTime: string;
}

/**
 * Who published, rescheduled, changed, cancelled or completed a workshop, and when; with the
 * days before and after a reschedule. Written in the same transaction as the change.
 */
@Entity('workshop_change')
@Index('ix_workshop_change_workshop', ['workshopId', 'seq'])
@Check(
  'ck_workshop_change_kind',
  `"kind" IN ('PUBLISHED', 'RESCHEDULED', 'UPDATED', 'CANCELLED', 'COMPLETED')`,
)
export class WorkshopChangeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_workshop_change' })
  id!: string;

  /** Orders the changes. */
  @Column('int')
  @Generated('increment')
  seq!: number;

  @Column('uuid')
  workshopId!: string;

  @ManyToOne(() => WorkshopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id', foreignKeyConstraintName: 'fk_workshop_change_workshop' })
  workshop?: WorkshopEntity;

  @Column('varchar', { length: 16 })
  kind!: WorkshopChangeKind;

  @Column('timestamptz')
  changedAt!: Date;

  @Column('uuid', { nullable: true })
  changedById!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'changed_by_id', foreignKeyConstraintName: 'fk_workshop_change_changed_by' })
  changedBy?: PersonEntity;

  /** The workshop's SEQUENCE after this change. */
  @Column('integer')
  sequence!: number;

  @Column('jsonb', { nullable: true })
  previousDays!: RecordedDay[] | null;

  /** Title, place and link before the change (for "Bisher: …" in change notices). */
  @Column('jsonb', { nullable: true })
  previousDetails!: RecordedDetails | null;

  @Column('jsonb', { nullable: true })
  days!: RecordedDay[] | null;

  @Column('varchar', { length: 1000, nullable: true })
  reason!: string | null;
}
