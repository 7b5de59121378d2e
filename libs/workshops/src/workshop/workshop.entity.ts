import { Bundesland, CohortEntity } from '@zyklus/cohorts';
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
import { CycleTemplateStepEntity } from '../cycle-template/cycle-template-step.entity';
import { WorkshopFormat, WorkshopKind, WorkshopStatus } from './workshop-enums';

/** One event of a cohort's cycle: kick-off, a deep dive, the Transferwerkstatt. */
@Entity('workshop')
@Index('ix_workshop_cohort', ['cohortId'])
// Planning from the template twice never duplicates a step's workshop.
@Unique('uq_workshop_cohort_template_step', ['cohortId', 'templateStepId'])
@Check('ck_workshop_title', `char_length(btrim("title")) BETWEEN 1 AND 200`)
@Check(
  'ck_workshop_kind',
  `"kind" IN ('KICK_OFF', 'WIRKUNGSLOGIK', 'WIRKUNGSMESSUNG', 'STORYTELLING', 'TRANSFERWERKSTATT', 'OTHER')`,
)
@Check('ck_workshop_status', `"status" IN ('DRAFT', 'PUBLISHED', 'COMPLETED', 'CANCELLED')`)
@Check('ck_workshop_format', `"format" IN ('ONLINE', 'IN_PERSON', 'HYBRID')`)
@Check('ck_workshop_cancellation', `("status" = 'CANCELLED') = ("cancellation_reason" IS NOT NULL)`)
@Check('ck_workshop_capacity', `"capacity" IS NULL OR "capacity" >= 1`)
@Check(
  'ck_workshop_bundesland',
  `"bundesland" IS NULL OR "bundesland" IN (${Object.values(Bundesland)
    .map((state) => `'${state}'`)
    .join(', ')})`,
)
@Check('ck_workshop_online_url', `"online_url" IS NULL OR "online_url" ~ '^https://'`)
export class WorkshopEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_workshop' })
  id!: string;

  @Column('uuid')
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_workshop_cohort' })
  cohort?: CohortEntity;

  /** The template step it was planned from; null for a workshop added by hand. */
  @Column('uuid', { nullable: true })
  templateStepId!: string | null;

  @ManyToOne(() => CycleTemplateStepEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'template_step_id', foreignKeyConstraintName: 'fk_workshop_template_step' })
  templateStep?: CycleTemplateStepEntity;

  @Column('varchar', { length: 32 })
  kind!: WorkshopKind;

  @Column('varchar', { length: 200 })
  title!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('varchar', { length: 16 })
  format!: WorkshopFormat;

  @Column('varchar', { length: 200, nullable: true })
  placeName!: string | null;

  @Column('varchar', { length: 500, nullable: true })
  placeAddress!: string | null;

  /** The place's Bundesland, whose public holidays planning avoids and warnings name. */
  @Column('varchar', { length: 32, nullable: true })
  bundesland!: Bundesland | null;

  /** Video-conference link (https); only participants and program managers see it. */
  @Column('varchar', { length: 1000, nullable: true })
  onlineUrl!: string | null;

  /** Seats; null when the workshop is for the whole cohort. */
  @Column('integer', { nullable: true })
  capacity!: number | null;

  /** Whether attending counts towards completing the cycle. */
  @Column('boolean', { default: true })
  attendanceRequired!: boolean;

  @Column('varchar', { length: 16, default: WorkshopStatus.DRAFT })
  status!: WorkshopStatus;

  @Column('varchar', { length: 1000, nullable: true })
  cancellationReason!: string | null;

  /** Raised on each change people were told about (the .ics SEQUENCE of the reminder mails). */
  @Column('integer', { default: 0 })
  sequence!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
