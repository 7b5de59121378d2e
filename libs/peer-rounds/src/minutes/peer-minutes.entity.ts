import { PersonEntity } from '@zyklus/identity';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PeerRoundEntity } from '../round/peer-round.entity';

/**
 * The minutes (Protokoll) of a round: the group's alone (DESIGN §4). Only PeerMinutesService
 * reads this table, and it admits the round's members only.
 */
@Entity('peer_round_minutes')
export class PeerMinutesEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_peer_round_minutes' })
  roundId!: string;

  @ManyToOne(() => PeerRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_peer_round_minutes_round' })
  round?: PeerRoundEntity;

  @Column('text')
  text!: string;

  @Column('uuid')
  writtenById!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'written_by_id', foreignKeyConstraintName: 'fk_peer_round_minutes_person' })
  writtenBy?: PersonEntity;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
