import { Bundesland } from '@zyklus/cohorts';
import { WorkshopFormat } from '@zyklus/workshops';
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
import { LocalWorkshopStatus, sqlList } from '../local-cycle-enums';
import { LocalCycleEntity } from '../cycle/local-cycle.entity';
import { LocalTemplateStepEntity } from '../template/local-template-step.entity';

/** A workshop a coordinator runs for the initiatives of their local cycle. */
@Entity('local_workshop')
@Index('ix_local_workshop_cycle', ['localCycleId'])
@Check('ck_local_workshop_title', `char_length(btrim("title")) BETWEEN 1 AND 200`)
@Check('ck_local_workshop_status', `"status" IN (${sqlList(Object.values(LocalWorkshopStatus))})`)
@Check('ck_local_workshop_format', `"format" IN ('ONLINE', 'IN_PERSON', 'HYBRID')`)
@Check(
  'ck_local_workshop_cancellation',
  `("status" = 'CANCELLED') = ("cancellation_reason" IS NOT NULL)`,
)
@Check('ck_local_workshop_online_url', `"online_url" IS NULL OR "online_url" ~ '^https://'`)
export class LocalWorkshopEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_local_workshop' })
  id!: string;

  @Column('uuid')
  localCycleId!: string;

  @ManyToOne(() => LocalCycleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'local_cycle_id', foreignKeyConstraintName: 'fk_local_workshop_cycle' })
  localCycle?: LocalCycleEntity;

  /** The template step it was planned from; null for one added by hand. */
  @Column('uuid', { nullable: true })
  templateStepId!: string | null;

  @ManyToOne(() => LocalTemplateStepEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'template_step_id',
    foreignKeyConstraintName: 'fk_local_workshop_template_step',
  })
  templateStep?: LocalTemplateStepEntity;

  @Column('varchar', { length: 200 })
  title!: string;

  @Column('varchar', { length: 16 })
  format!: WorkshopFormat;

  @Column('varchar', { length: 200, nullable: true })
  placeName!: string | null;

  @Column('varchar', { length: 500, nullable: true })
  placeAddress!: string | null;

  @Column('varchar', { length: 1000, nullable: true })
  onlineUrl!: string | null;

  /** The Bundesland of the place when it differs from the network's; null: the network's. */
  @Column('varchar', { length: 32, nullable: true })
  bundesland!: Bundesland | null;

  @Column('varchar', { length: 16, default: LocalWorkshopStatus.DRAFT })
  status!: LocalWorkshopStatus;

  @Column('varchar', { length: 1000, nullable: true })
  cancellationReason!: string | null;

  /** Raised with each change invitees are told about (the .ics SEQUENCE). */
  @Column('integer', { default: 0 })
  sequence!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
