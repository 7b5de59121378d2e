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
 * A person's secret calendar feed (`/calendar/<token>.ics`). Only the token's hash is stored
 * (and the nonce it is derived from with a server key); a new token replaces the old one, and
 * revoking deletes the row.
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

  /**
   * The random part the token is derived from with a server key (HMAC, see CalendarFeedTokens),
   * so that a reminder can carry the address again without the token being stored. Null for
   * feeds made before tokens were derived.
   */
  @Column('varchar', { length: 64, nullable: true })
  tokenNonce!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  lastUsedAt!: Date | null;
}
