import { PersonEntity } from '@zyklus/identity';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { PeerRoundEntity } from '../round/peer-round.entity';

/** A member's feedback on a held round: once per member and round. */
@Entity('peer_round_feedback')
@Check('ck_peer_round_feedback_rating', `"rating" BETWEEN 1 AND 5`)
export class PeerFeedbackEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_peer_round_feedback' })
  roundId!: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_peer_round_feedback' })
  personId!: string;

  @ManyToOne(() => PeerRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_peer_round_feedback_round' })
  round?: PeerRoundEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_peer_round_feedback_person' })
  person?: PersonEntity;

  @Column('integer')
  rating!: number;

  /** The member's own reflection; only they see it. */
  @Column('text', { nullable: true })
  reflection!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
