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
import { GoalStatus, inList } from '../buddy-enums';
import { BuddyPairingEntity } from '../pairing/buddy-pairing.entity';

/** What a pair wants to reach together (Tandem-Ziel). */
@Entity('buddy_goal')
@Index('ix_buddy_goal_pairing', ['pairingId'])
@Check('ck_buddy_goal_status', inList('status', Object.values(GoalStatus)))
@Check('ck_buddy_goal_text', `char_length(btrim("text")) BETWEEN 1 AND 500`)
@Check('ck_buddy_goal_done', `("status" = 'DONE') = ("done_at" IS NOT NULL)`)
export class BuddyGoalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_buddy_goal' })
  id!: string;

  @Column('uuid')
  pairingId!: string;

  @ManyToOne(() => BuddyPairingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pairing_id', foreignKeyConstraintName: 'fk_buddy_goal_pairing' })
  pairing?: BuddyPairingEntity;

  @Column('varchar', { length: 500 })
  text!: string;

  @Column('varchar', { length: 8 })
  status!: GoalStatus;

  @Column('uuid')
  createdById!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_buddy_goal_created_by' })
  createdBy?: PersonEntity;

  @Column('timestamptz', { nullable: true })
  doneAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
