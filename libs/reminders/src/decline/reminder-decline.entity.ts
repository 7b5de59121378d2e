import { PersonEntity } from '@zyklus/identity';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { ReminderEventKind } from '../rule/reminder-enums';

/**
 * "I can't come": a person declined an event (through the signed link in a reminder). From then
 * on the planner sends them nothing more about it (ledger reason "declined") and cancels the
 * calendar entry they were sent. One row per person and event.
 */
@Entity('reminder_decline')
@Unique('uq_reminder_decline', ['eventKind', 'eventId', 'personId'])
@Index('ix_reminder_decline_event', ['eventId'])
export class ReminderDeclineEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_reminder_decline' })
  id!: string;

  @Column('varchar', { length: 40 })
  eventKind!: ReminderEventKind;

  @Column('uuid')
  eventId!: string;

  @Column('uuid')
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_reminder_decline_person' })
  person?: PersonEntity;

  @Column('timestamptz')
  declinedAt!: Date;
}
