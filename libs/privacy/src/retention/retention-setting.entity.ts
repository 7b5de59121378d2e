import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * A retention period set by a program manager: for all programmes (no programme) or one. Without
 * a row, the rule's default applies. One row per programme (or none) and data class (a unique
 * index with NULLS NOT DISTINCT, in the migration).
 */
@Entity('retention_setting')
@Index('uq_retention_setting', { synchronize: false })
@Check('ck_retention_setting_days', `"days" BETWEEN 1 AND 3650`)
export class RetentionSettingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_retention_setting' })
  id!: string;

  @Column('uuid', { nullable: true })
  programmeId!: string | null;

  // By the entity's name, so that this library imports no feature library.
  @ManyToOne('ProgrammeEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_retention_setting_programme' })
  programme?: unknown;

  @Column('varchar', { length: 64 })
  dataClass!: string;

  @Column('integer')
  days!: number;

  @Column('timestamptz')
  updatedAt!: Date;
}
