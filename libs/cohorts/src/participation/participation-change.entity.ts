import { PersonEntity } from '@zyklus/identity';
import {
  Column,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ParticipationStatus } from './participation-status';
import { ParticipationEntity } from './participation.entity';

/** One status change of a participation: the history program managers read. Never changed. */
@Entity('participation_change')
@Index('ix_participation_change_participation', ['participationId', 'changedAt', 'seq'])
export class ParticipationChangeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_participation_change' })
  id!: string;

  @Column('uuid')
  participationId!: string;

  @ManyToOne(() => ParticipationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'participation_id',
    foreignKeyConstraintName: 'fk_participation_change_participation',
  })
  participation?: ParticipationEntity;

  /** Null for the first entry (the participation was created). */
  @Column('varchar', { length: 16, nullable: true })
  fromStatus!: ParticipationStatus | null;

  @Column('varchar', { length: 16 })
  toStatus!: ParticipationStatus;

  /** Who made the change; null once that person is erased. */
  @Column('uuid', { nullable: true })
  changedById!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'changed_by_id',
    foreignKeyConstraintName: 'fk_participation_change_changed_by',
  })
  changedBy?: PersonEntity;

  /** Orders the changes of one instant (e.g. enrolled and activated in one go). */
  @Column('int')
  @Generated('increment')
  seq!: number;

  /** When, by the application's clock. */
  @Column('timestamptz')
  changedAt!: Date;

  /** Why, where the change asks for it (a withdrawal). */
  @Column('varchar', { length: 1000, nullable: true })
  reason!: string | null;
}
