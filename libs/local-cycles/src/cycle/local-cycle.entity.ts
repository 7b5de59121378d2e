import { ParticipationEntity } from '@zyklus/cohorts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { LocalCycleStatus, sqlList } from '../local-cycle-enums';

/** A network's local workshop cycle (Workshop-Zyklus vor Ort), one per participation. */
@Entity('local_cycle')
@Unique('uq_local_cycle_participation', ['participationId'])
@Check('ck_local_cycle_status', `"status" IN (${sqlList(Object.values(LocalCycleStatus))})`)
export class LocalCycleEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_local_cycle' })
  id!: string;

  @Column('uuid')
  participationId!: string;

  @ManyToOne(() => ParticipationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'participation_id',
    foreignKeyConstraintName: 'fk_local_cycle_participation',
  })
  participation?: ParticipationEntity;

  @Column('varchar', { length: 16, default: LocalCycleStatus.PLANNED })
  status!: LocalCycleStatus;

  /** When it was completed (or cancelled); null while it is planned or running. */
  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  /** Why a program manager reopened it, the last time one did. */
  @Column('varchar', { length: 1000, nullable: true })
  reopenReason!: string | null;

  /** The last change to the cycle, its workshops, enrolments, attendance or phases. */
  @Column('timestamptz')
  lastActivityAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
