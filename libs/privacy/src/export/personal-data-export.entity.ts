import { PersonEntity } from '@zyklus/identity';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One export of everything Zyklus holds about a person (Art. 15/20): the ZIP itself, kept only
 * until `expiresAt` (7 days; retention class EXPORT_ARCHIVES removes the row), downloadable by
 * the person it is about and by whoever asked for it.
 */
@Entity('personal_data_export')
@Index('ix_personal_data_export_person', ['personId'])
@Index('ix_personal_data_export_requested_by', ['requestedByPersonId'])
export class PersonalDataExportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_personal_data_export' })
  id!: string;

  /** Whose data. */
  @Column('uuid')
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_personal_data_export_person' })
  person?: PersonEntity;

  /** Who asked: the person, or a program manager. */
  @Column('uuid', { nullable: true })
  requestedByPersonId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'requested_by_person_id',
    foreignKeyConstraintName: 'fk_personal_data_export_requested_by',
  })
  requestedBy?: PersonEntity;

  @Column('timestamptz')
  requestedAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('bytea', { select: false })
  archive!: Buffer;

  @Column('integer')
  archiveBytes!: number;

  @Column('timestamptz', { nullable: true })
  downloadedAt!: Date | null;
}
