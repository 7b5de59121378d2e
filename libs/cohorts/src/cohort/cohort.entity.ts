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
import { ProgrammeEntity } from '../programme/programme.entity';
import { CohortStatus } from './cohort-status';

@Entity('cohort')
@Unique('uq_cohort_programme_number', ['programmeId', 'number'])
@Check('ck_cohort_number', `"number" >= 1`)
@Check('ck_cohort_title', `char_length(btrim("title")) BETWEEN 1 AND 200`)
@Check('ck_cohort_period', `"end_date" >= "start_date"`)
@Check('ck_cohort_capacity', `"capacity" >= 1`)
@Check('ck_cohort_status', `"status" IN ('PLANNED', 'RUNNING', 'COMPLETED', 'CANCELLED')`)
export class CohortEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_cohort' })
  id!: string;

  @Column('uuid')
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_cohort_programme' })
  programme?: ProgrammeEntity;

  /** 5 for the "5. Qualifizierungsdurchgang"; unique within the programme. */
  @Column('integer')
  number!: number;

  @Column('varchar', { length: 200 })
  title!: string;

  /** First day (ISO date, e.g. the kick-off). */
  @Column('date')
  startDate!: string;

  /** Last day (ISO date), not before the first. */
  @Column('date')
  endDate!: string;

  /** How many networks can take part. */
  @Column('integer')
  capacity!: number;

  @Column('varchar', { length: 16, default: CohortStatus.PLANNED })
  status!: CohortStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
