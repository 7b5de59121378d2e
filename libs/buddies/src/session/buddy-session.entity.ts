import { PersonEntity } from '@zyklus/identity';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { inList, SessionFormat, SessionStatus } from '../buddy-enums';
import { BuddyPairingEntity } from '../pairing/buddy-pairing.entity';

/**
 * A buddy session (Buddy-Treffen) the pair arranges. Its notes are the pair's alone: no path
 * but the pair's own views ever reads the column (DESIGN §4).
 */
@Entity('buddy_session')
@Index('ix_buddy_session_pairing', ['pairingId', 'startsAt'])
@Index('ix_buddy_session_starts', ['startsAt'])
@Check('ck_buddy_session_period', `"ends_at" > "starts_at"`)
@Check('ck_buddy_session_format', inList('format', Object.values(SessionFormat)))
@Check('ck_buddy_session_status', inList('status', Object.values(SessionStatus)))
@Check('ck_buddy_session_cancelled', `("status" = 'CANCELLED') = ("cancelled_at" IS NOT NULL)`)
export class BuddySessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_buddy_session' })
  id!: string;

  @Column('uuid')
  pairingId!: string;

  @ManyToOne(() => BuddyPairingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pairing_id', foreignKeyConstraintName: 'fk_buddy_session_pairing' })
  pairing?: BuddyPairingEntity;

  @Column('timestamptz')
  startsAt!: Date;

  @Column('timestamptz')
  endsAt!: Date;

  @Column('varchar', { length: 16 })
  format!: SessionFormat;

  @Column('varchar', { length: 300, nullable: true })
  place!: string | null;

  @Column('varchar', { length: 500, nullable: true })
  onlineUrl!: string | null;

  @Column('varchar', { length: 300, nullable: true })
  topic!: string | null;

  @Column('varchar', { length: 16 })
  status!: SessionStatus;

  /** Raised with every change the other one is told about (the .ics SEQUENCE). */
  @Column('integer', { default: 0 })
  sequence!: number;

  @Column('uuid')
  plannedById!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'planned_by_id', foreignKeyConstraintName: 'fk_buddy_session_planned_by' })
  plannedBy?: PersonEntity;

  @Column('timestamptz', { nullable: true })
  cancelledAt!: Date | null;

  @Column('varchar', { length: 1000, nullable: true })
  cancellationReason!: string | null;

  /** Who marked it HELD or DID_NOT_HAPPEN, and when. */
  @Column('uuid', { nullable: true })
  outcomeById!: string | null;

  @Column('timestamptz', { nullable: true })
  outcomeAt!: Date | null;

  /** The pair's notes: never shown to anyone else. */
  @Column('text', { nullable: true })
  notes!: string | null;

  /** Who wrote the notes last (their own text in their data export). */
  @Column('uuid', { nullable: true })
  notesById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
