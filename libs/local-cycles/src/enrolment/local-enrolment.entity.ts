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
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { LocalCycleEntity } from '../cycle/local-cycle.entity';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { EnrolmentStatus, SelfAnalysisPhase, sqlList } from '../local-cycle-enums';

/** An initiative in a local cycle, with where its self-analysis stands. */
@Entity('local_enrolment')
@Unique('uq_local_enrolment_initiative', ['localCycleId', 'initiativeId'])
@Index('ix_local_enrolment_initiative', ['initiativeId'])
@Check('ck_local_enrolment_status', `"status" IN (${sqlList(Object.values(EnrolmentStatus))})`)
@Check('ck_local_enrolment_phase', `"phase" IN (${sqlList(Object.values(SelfAnalysisPhase))})`)
export class LocalEnrolmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_local_enrolment' })
  id!: string;

  @Column('uuid')
  localCycleId!: string;

  @ManyToOne(() => LocalCycleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'local_cycle_id', foreignKeyConstraintName: 'fk_local_enrolment_cycle' })
  localCycle?: LocalCycleEntity;

  @Column('uuid')
  initiativeId!: string;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'fk_local_enrolment_initiative' })
  initiative?: InitiativeEntity;

  @Column('varchar', { length: 16 })
  status!: EnrolmentStatus;

  @Column('varchar', { length: 32, default: SelfAnalysisPhase.NOT_STARTED })
  phase!: SelfAnalysisPhase;

  /** Since when the initiative is in its phase (the nudge "same phase for 30 days" reads it). */
  @Column('timestamptz')
  phaseSince!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** One phase change of an enrolment: from, to, when, who, and why when it went back. */
@Entity('self_analysis_phase_change')
@Index('ix_self_analysis_phase_change_enrolment', ['enrolmentId', 'changedAt'])
@Check(
  'ck_self_analysis_phase_change_phases',
  `"from_phase" IN (${sqlList(Object.values(SelfAnalysisPhase))}) AND "to_phase" IN (${sqlList(Object.values(SelfAnalysisPhase))})`,
)
export class SelfAnalysisPhaseChangeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_self_analysis_phase_change' })
  id!: string;

  @Column('uuid')
  enrolmentId!: string;

  @ManyToOne(() => LocalEnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'enrolment_id',
    foreignKeyConstraintName: 'fk_self_analysis_phase_change_enrolment',
  })
  enrolment?: LocalEnrolmentEntity;

  @Column('varchar', { length: 32 })
  fromPhase!: SelfAnalysisPhase;

  @Column('varchar', { length: 32 })
  toPhase!: SelfAnalysisPhase;

  @Column('timestamptz')
  changedAt!: Date;

  /** Who changed it; null once that person was erased. */
  @Column('uuid', { nullable: true })
  changedById!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'changed_by_id',
    foreignKeyConstraintName: 'fk_self_analysis_phase_change_person',
  })
  changedBy?: PersonEntity;

  @Column('varchar', { length: 1000, nullable: true })
  reason!: string | null;
}
