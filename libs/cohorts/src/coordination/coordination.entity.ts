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
} from 'typeorm';
import { NetworkEntity } from '../network/network.entity';

/**
 * A person coordinates a network from a date to a date (open-ended while they still do). Rows
 * are never deleted: when a coordinator leaves, their row gets an end date and the successor's
 * row starts the next day, so the history shows both.
 */
@Entity('coordination')
@Index('ix_coordination_network', ['networkId', 'startDate'])
@Index('ix_coordination_person', ['personId'])
// At most one open-ended coordination per network (partial index, created in the migration).
@Index('uq_coordination_open', { synchronize: false })
@Check('ck_coordination_period', `"end_date" IS NULL OR "end_date" >= "start_date"`)
export class CoordinationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_coordination' })
  id!: string;

  @Column('uuid')
  networkId!: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'network_id', foreignKeyConstraintName: 'fk_coordination_network' })
  network?: NetworkEntity;

  @Column('uuid')
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_coordination_person' })
  person?: PersonEntity;

  /** First day as coordinator. */
  @Column('date')
  startDate!: string;

  /** Last day as coordinator; null while they still coordinate the network. */
  @Column('date', { nullable: true })
  endDate!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** Whether `coordination` covers the calendar day `date`. */
export function covers(coordination: CoordinationEntity, date: string): boolean {
  return (
    coordination.startDate <= date &&
    (coordination.endDate === null || coordination.endDate >= date)
  );
}

/** Whether `coordination` shares at least one day with the period `from`–`to`. */
export function overlaps(coordination: CoordinationEntity, from: string, to: string): boolean {
  return (
    coordination.startDate <= to && (coordination.endDate === null || coordination.endDate >= from)
  );
}
