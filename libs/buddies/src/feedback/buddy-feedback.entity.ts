import { PersonEntity } from '@zyklus/identity';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { BuddyPairingEntity } from '../pairing/buddy-pairing.entity';

/** Each side's feedback at the end of a pairing: 1–5 and a text; one per person and pairing. */
@Entity('buddy_feedback')
@Unique('uq_buddy_feedback', ['pairingId', 'personId'])
@Check('ck_buddy_feedback_rating', `"rating" BETWEEN 1 AND 5`)
export class BuddyFeedbackEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_buddy_feedback' })
  id!: string;

  @Column('uuid')
  pairingId!: string;

  @ManyToOne(() => BuddyPairingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pairing_id', foreignKeyConstraintName: 'fk_buddy_feedback_pairing' })
  pairing?: BuddyPairingEntity;

  @Column('uuid')
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_buddy_feedback_person' })
  person?: PersonEntity;

  @Column('smallint')
  rating!: number;

  @Column('varchar', { length: 2000, nullable: true })
  text!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
