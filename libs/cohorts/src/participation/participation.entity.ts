import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { CohortEntity } from '../cohort/cohort.entity';
import { NetworkEntity } from '../network/network.entity';
import { ParticipationStatus } from './participation-status';

/** A network's participation (Teilnahme) in a cohort; at most one per network and cohort. */
@Entity('participation')
@Unique('uq_participation_cohort_network', ['cohortId', 'networkId'])
@Index('ix_participation_network', ['networkId'])
@Check(
  'ck_participation_status',
  `"status" IN ('INVITED', 'WAITLISTED', 'ENROLLED', 'ACTIVE', 'COMPLETED', 'WITHDRAWN')`,
)
@Check(
  'ck_participation_withdrawal',
  `("status" = 'WITHDRAWN') = ("withdrawn_on" IS NOT NULL AND "withdrawal_reason" IS NOT NULL)`,
)
@Check(
  'ck_participation_withdrawal_reason',
  `"withdrawal_reason" IS NULL OR char_length(btrim("withdrawal_reason")) BETWEEN 1 AND 1000`,
)
@Check('ck_participation_waitlist', `("status" = 'WAITLISTED') = ("waitlisted_at" IS NOT NULL)`)
@Check('ck_participation_completion', `("status" = 'COMPLETED') = ("completed_on" IS NOT NULL)`)
export class ParticipationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_participation' })
  id!: string;

  @Column('uuid')
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_participation_cohort' })
  cohort?: CohortEntity;

  @Column('uuid')
  networkId!: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'network_id', foreignKeyConstraintName: 'fk_participation_network' })
  network?: NetworkEntity;

  @Column('varchar', { length: 16 })
  status!: ParticipationStatus;

  /** When the network joined the waiting list; orders the queue. Set only while WAITLISTED. */
  @Column('timestamptz', { nullable: true })
  waitlistedAt!: Date | null;

  /** Day of completion; set only when COMPLETED. */
  @Column('date', { nullable: true })
  completedOn!: string | null;

  /** Day of withdrawal; set only when WITHDRAWN. */
  @Column('date', { nullable: true })
  withdrawnOn!: string | null;

  @Column('varchar', { length: 1000, nullable: true })
  withdrawalReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
