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
  UpdateDateColumn,
} from 'typeorm';
import { PeerGroupEntity } from '../group/peer-group.entity';
import { PeerCaseStatus } from '../peer-enums';
import { PeerRoundEntity } from '../round/peer-round.entity';

/**
 * A case (Fall) a member brings. Its key question and text are the group's alone (DESIGN §4):
 * only PeerCaseService reads this table, and it admits members only.
 */
@Entity('peer_case')
@Index('ix_peer_case_group', ['groupId', 'status'])
@Index('ix_peer_case_round', ['roundId'])
@Check('ck_peer_case_status', `"status" IN ('QUEUED', 'SCHEDULED', 'DISCUSSED', 'WITHDRAWN')`)
@Check('ck_peer_case_round', `("status" IN ('SCHEDULED', 'DISCUSSED')) = ("round_id" IS NOT NULL)`)
@Check('ck_peer_case_title', `char_length(btrim("title")) BETWEEN 1 AND 200`)
export class PeerCaseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_peer_case' })
  id!: string;

  @Column('uuid')
  groupId!: string;

  @ManyToOne(() => PeerGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_peer_case_group' })
  group?: PeerGroupEntity;

  /** The case giver (Fallgeber:in). */
  @Column('uuid')
  proposerId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposer_id', foreignKeyConstraintName: 'fk_peer_case_proposer' })
  proposer?: PersonEntity;

  @Column('varchar', { length: 200 })
  title!: string;

  @Column('varchar', { length: 1000 })
  keyQuestion!: string;

  @Column('text', { nullable: true })
  text!: string | null;

  @Column('varchar', { length: 16, default: PeerCaseStatus.QUEUED })
  status!: PeerCaseStatus;

  @Column('uuid', { nullable: true })
  roundId!: string | null;

  @ManyToOne(() => PeerRoundEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_peer_case_round' })
  round?: PeerRoundEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
