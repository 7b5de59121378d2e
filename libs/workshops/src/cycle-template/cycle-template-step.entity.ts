import { ProgrammeEntity } from '@zyklus/cohorts';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { WorkshopFormat, WorkshopKind } from '../workshop/workshop-enums';
import { localTime, numeric } from '../workshop/column-transformers';

/** One step of a programme's workshop cycle template (Workshop-Zyklus, Vorlage). */
@Entity('cycle_template_step')
@Unique('uq_cycle_template_step_position', ['programmeId', 'position'], {
  deferrable: 'INITIALLY DEFERRED',
})
@Check('ck_cycle_template_step_position', `"position" >= 1`)
@Check(
  'ck_cycle_template_step_kind',
  `"kind" IN ('KICK_OFF', 'WIRKUNGSLOGIK', 'WIRKUNGSMESSUNG', 'STORYTELLING', 'TRANSFERWERKSTATT', 'OTHER')`,
)
@Check(
  'ck_cycle_template_step_default_format',
  `"default_format" IN ('ONLINE', 'IN_PERSON', 'HYBRID')`,
)
@Check('ck_cycle_template_step_title', `char_length(btrim("title")) BETWEEN 1 AND 200`)
@Check(
  'ck_cycle_template_step_duration',
  `"duration_days" >= 0.5 AND "duration_days" <= 10 AND "duration_days" * 2 = floor("duration_days" * 2)`,
)
@Check('ck_cycle_template_step_times', `"day_end" > "day_start"`)
@Check('ck_cycle_template_step_gap', `"gap_days" BETWEEN 0 AND 730`)
export class CycleTemplateStepEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_cycle_template_step' })
  id!: string;

  @Column('uuid')
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'programme_id',
    foreignKeyConstraintName: 'fk_cycle_template_step_programme',
  })
  programme?: ProgrammeEntity;

  /** 1 for the first step. */
  @Column('integer')
  position!: number;

  @Column('varchar', { length: 32 })
  kind!: WorkshopKind;

  @Column('varchar', { length: 200 })
  title!: string;

  /** Length in days, in halves: 2.5 is two full days and a half day. */
  @Column('numeric', { precision: 3, scale: 1, transformer: numeric })
  durationDays!: number;

  /** A full day's start and end (the half day ends halfway). */
  @Column('time', { transformer: localTime })
  dayStart!: string;

  @Column('time', { transformer: localTime })
  dayEnd!: string;

  @Column('varchar', { length: 16 })
  defaultFormat!: WorkshopFormat;

  /** Whether attending this step counts towards completing the cycle. */
  @Column('boolean')
  attendanceRequired!: boolean;

  /**
   * Typical days from the previous step's first day to this one's (0 for the first step);
   * planning never starts a step before the day after the previous step's last day.
   */
  @Column('integer')
  gapDays!: number;
}
