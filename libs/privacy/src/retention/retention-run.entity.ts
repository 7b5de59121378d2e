import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One run of the daily retention job; the day is the key, so a day has at most one run. */
@Entity('retention_run')
export class RetentionRunEntity {
  /** The calendar day (process time zone) the run was for. */
  @PrimaryColumn('date', { primaryKeyConstraintName: 'pk_retention_run' })
  day!: string;

  @Column('timestamptz')
  ranAt!: Date;

  /** Rows deleted or anonymised per data class. */
  @Column('jsonb')
  counts!: Record<string, number>;

  /** Which process ran it (host and pid). */
  @Column('varchar', { length: 100 })
  instance!: string;
}
