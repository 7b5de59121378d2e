import { ProgrammeEntity } from '@zyklus/cohorts';
import { localTime, numeric, WorkshopFormat } from '@zyklus/workshops';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

/**
 * One step of a programme's local template (e.g. Infoveranstaltung, Einführung in die
 * Selbstanalyse, Reflexionsworkshop, Beratungsgespräche): the shape the cohort planner knows.
 */
@Entity('local_template_step')
@Unique('uq_local_template_step_position', ['programmeId', 'position'], {
  deferrable: 'INITIALLY DEFERRED',
})
@Check('ck_local_template_step_title', `char_length(btrim("title")) BETWEEN 1 AND 200`)
@Check('ck_local_template_step_duration', `"duration_days" > 0 AND "duration_days" <= 5`)
@Check('ck_local_template_step_gap', `"gap_days" >= 0 AND "gap_days" <= 365`)
@Check('ck_local_template_step_times', `"day_end" > "day_start"`)
@Check('ck_local_template_step_format', `"default_format" IN ('ONLINE', 'IN_PERSON', 'HYBRID')`)
export class LocalTemplateStepEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_local_template_step' })
  id!: string;

  @Column('uuid')
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'programme_id',
    foreignKeyConstraintName: 'fk_local_template_step_programme',
  })
  programme?: ProgrammeEntity;

  @Column('integer')
  position!: number;

  @Column('varchar', { length: 200 })
  title!: string;

  @Column('numeric', { precision: 3, scale: 1, transformer: numeric })
  durationDays!: number;

  @Column('time', { transformer: localTime })
  dayStart!: string;

  @Column('time', { transformer: localTime })
  dayEnd!: string;

  /** Days from the previous step's first day. */
  @Column('integer')
  gapDays!: number;

  @Column('varchar', { length: 16 })
  defaultFormat!: WorkshopFormat;
}
