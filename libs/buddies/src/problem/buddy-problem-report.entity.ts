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
import { BuddyPairingEntity } from '../pairing/buddy-pairing.entity';

/** A problem one of the pair reports to the program managers (e.g. a buddy who ghosts). */
@Entity('buddy_problem_report')
@Index('ix_buddy_problem_report_pairing', ['pairingId'])
@Check('ck_buddy_problem_report_text', `char_length(btrim("text")) BETWEEN 1 AND 2000`)
@Check('ck_buddy_problem_report_resolved', `("resolved_at" IS NULL) = ("resolved_by_id" IS NULL)`)
export class BuddyProblemReportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_buddy_problem_report' })
  id!: string;

  @Column('uuid')
  pairingId!: string;

  @ManyToOne(() => BuddyPairingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pairing_id', foreignKeyConstraintName: 'fk_buddy_problem_report_pairing' })
  pairing?: BuddyPairingEntity;

  @Column('uuid')
  reportedById!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'reported_by_id',
    foreignKeyConstraintName: 'fk_buddy_problem_report_reported_by',
  })
  reportedBy?: PersonEntity;

  @Column('varchar', { length: 2000 })
  text!: string;

  /** The reporter asks to end the pairing. */
  @Column('boolean', { default: false })
  wantsEnd!: boolean;

  @Column('timestamptz', { nullable: true })
  resolvedAt!: Date | null;

  @Column('uuid', { nullable: true })
  resolvedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
