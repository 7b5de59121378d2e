import { CohortEntity } from '@zyklus/cohorts';
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
import { inList, PairingEndReason, PairingStatus } from '../buddy-enums';
import type { ScoreReason } from '../matching/score';

/**
 * A buddy pairing (Buddy-Tandem): a new coordinator of a cohort and a buddy, an alumnus of an
 * earlier cohort. Rows are never deleted: a pairing that ends keeps its sessions, goals and
 * feedback. At most one PROPOSED, ACTIVE or PAUSED pairing per new coordinator and cohort (partial
 * unique index, created in the migration); a buddy's capacity is checked under a lock on their
 * profile.
 */
@Entity('buddy_pairing')
@Index('uq_buddy_pairing_open', { synchronize: false })
@Index('ix_buddy_pairing_cohort', ['cohortId', 'status'])
@Index('ix_buddy_pairing_buddy', ['buddyId', 'status'])
@Index('ix_buddy_pairing_new_coordinator', ['newCoordinatorId'])
@Check('ck_buddy_pairing_status', inList('status', Object.values(PairingStatus)))
@Check('ck_buddy_pairing_two_people', `"buddy_id" <> "new_coordinator_id"`)
@Check(
  'ck_buddy_pairing_declined',
  `("status" = 'DECLINED') = ("decline_reason" IS NOT NULL AND "declined_at" IS NOT NULL)`,
)
@Check('ck_buddy_pairing_paused', `("status" = 'PAUSED') = ("paused_until" IS NOT NULL)`)
@Check(
  'ck_buddy_pairing_ended',
  `("status" = 'ENDED') = ("end_reason" IS NOT NULL AND "ended_at" IS NOT NULL)`,
)
@Check(
  'ck_buddy_pairing_end_reason',
  `"end_reason" IS NULL OR ${inList('end_reason', Object.values(PairingEndReason))}`,
)
@Check(
  'ck_buddy_pairing_active',
  `"status" NOT IN ('ACTIVE', 'PAUSED', 'ENDED') OR "activated_at" IS NOT NULL`,
)
export class BuddyPairingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_buddy_pairing' })
  id!: string;

  @Column('uuid')
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_buddy_pairing_cohort' })
  cohort?: CohortEntity;

  @Column('uuid')
  newCoordinatorId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'new_coordinator_id',
    foreignKeyConstraintName: 'fk_buddy_pairing_new_coordinator',
  })
  newCoordinator?: PersonEntity;

  @Column('uuid')
  buddyId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buddy_id', foreignKeyConstraintName: 'fk_buddy_pairing_buddy' })
  buddy?: PersonEntity;

  @Column('varchar', { length: 16 })
  status!: PairingStatus;

  /** The matching score when it was proposed, with its reasons. */
  @Column('integer')
  score!: number;

  @Column('jsonb', { default: () => `'[]'` })
  reasons!: ScoreReason[];

  @Column('uuid')
  proposedById!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by_id', foreignKeyConstraintName: 'fk_buddy_pairing_proposed_by' })
  proposedBy?: PersonEntity;

  @Column('timestamptz')
  proposedAt!: Date;

  @Column('timestamptz', { nullable: true })
  newCoordinatorAcceptedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  buddyAcceptedAt!: Date | null;

  /** When both had accepted. */
  @Column('timestamptz', { nullable: true })
  activatedAt!: Date | null;

  @Column('uuid', { nullable: true })
  declinedById!: string | null;

  @Column('timestamptz', { nullable: true })
  declinedAt!: Date | null;

  @Column('varchar', { length: 1000, nullable: true })
  declineReason!: string | null;

  @Column('uuid', { nullable: true })
  withdrawnById!: string | null;

  @Column('timestamptz', { nullable: true })
  withdrawnAt!: Date | null;

  /** While PAUSED: the last day of the pause. */
  @Column('date', { nullable: true })
  pausedUntil!: string | null;

  @Column('timestamptz', { nullable: true })
  endedAt!: Date | null;

  @Column('varchar', { length: 16, nullable: true })
  endReason!: PairingEndReason | null;

  @Column('varchar', { length: 1000, nullable: true })
  endNote!: string | null;

  /** Who ended it; null when it ended with its cohort. */
  @Column('uuid', { nullable: true })
  endedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
