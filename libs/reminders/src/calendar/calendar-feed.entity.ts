import { PersonEntity } from '@zyklus/identity';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

/**
 * A person's secret calendar feed (`/calendar/<token>.ics`). Only the token's hash is stored;
 * a new token replaces the old one, and revoking deletes the row.
 */
@Entity('calendar_feed')
@Unique('uq_calendar_feed_person', ['personId'])
@Unique('uq_calendar_feed_token_hash', ['tokenHash'])
export class CalendarFeedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_calendar_feed' })
  id!: string;

  @Column('uuid')
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_calendar_feed_person' })
  person?: PersonEntity;

  /** SHA-256 of the token, hex. */
  @Column('varchar', { length: 64 })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  lastUsedAt!: Date | null;
}
