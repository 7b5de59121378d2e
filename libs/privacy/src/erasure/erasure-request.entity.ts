import { PersonEntity } from '@zyklus/identity';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** A person asked to be erased (Art. 17); a program manager confirms it with `erasePerson`. */
@Entity('erasure_request')
// At most one open request per person (partial unique index, in the migration).
@Index('uq_erasure_request_open', { synchronize: false })
export class ErasureRequestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_erasure_request' })
  id!: string;

  @Column('uuid')
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_erasure_request_person' })
  person?: PersonEntity;

  @Column('timestamptz')
  requestedAt!: Date;

  /** Set when the person was erased. */
  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;
}
