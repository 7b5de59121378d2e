import { PersonEntity } from '@zyklus/identity';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { PeerGroupEntity } from '../group/peer-group.entity';
import { PeerRole, PeerRoundFormat, PeerRoundStatus, RsvpAnswer } from '../peer-enums';

/** One kollegiale Runde of a group: when, where, status. Contents live elsewhere (private). */
@Entity('peer_round')
@Index('ix_peer_round_group', ['groupId', 'startsAt'])
@Index('ix_peer_round_series', ['seriesId'])
@Check('ck_peer_round_period', `"ends_at" > "starts_at"`)
@Check('ck_peer_round_status', `"status" IN ('PLANNED', 'HELD', 'DID_NOT_HAPPEN', 'CANCELLED')`)
@Check('ck_peer_round_format', `"format" IN ('ONLINE', 'IN_PERSON')`)
@Check('ck_peer_round_online_url', `"online_url" IS NULL OR "online_url" ~ '^https://'`)
@Check(
  'ck_peer_round_cancellation',
  `("status" = 'CANCELLED') = ("cancellation_reason" IS NOT NULL)`,
)
export class PeerRoundEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_peer_round' })
  id!: string;

  @Column('uuid')
  groupId!: string;

  @ManyToOne(() => PeerGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_peer_round_group' })
  group?: PeerGroupEntity;

  /** The series it was planned in; null for a round planned on its own. */
  @Column('uuid', { nullable: true })
  seriesId!: string | null;

  @Column('timestamptz')
  startsAt!: Date;

  @Column('timestamptz')
  endsAt!: Date;

  @Column('varchar', { length: 16 })
  format!: PeerRoundFormat;

  @Column('varchar', { length: 300, nullable: true })
  place!: string | null;

  /** Video-conference link (https); members and program managers see it. */
  @Column('varchar', { length: 1000, nullable: true })
  onlineUrl!: string | null;

  @Column('varchar', { length: 16, default: PeerRoundStatus.PLANNED })
  status!: PeerRoundStatus;

  @Column('varchar', { length: 1000, nullable: true })
  cancellationReason!: string | null;

  /** Start and end before the last move members were told about ("Bisher: …"). */
  @Column('timestamptz', { nullable: true })
  previousStartsAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  previousEndsAt!: Date | null;

  /** Raised on each change members were told about (the .ics SEQUENCE). */
  @Column('integer', { default: 0 })
  sequence!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A role a member holds in one round; one moderator and one secretary at most (migration). */
@Entity('peer_round_role')
@Index('ix_peer_round_role_person', ['personId'])
// One moderator and one secretary per round (partial index, created in the migration).
@Index('uq_peer_round_role_single', { synchronize: false })
@Check('ck_peer_round_role', `"role" IN ('MODERATOR', 'CASE_GIVER', 'SECRETARY')`)
export class PeerRoundRoleEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_peer_round_role' })
  roundId!: string;

  @PrimaryColumn('varchar', { length: 16, primaryKeyConstraintName: 'pk_peer_round_role' })
  role!: PeerRole;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_peer_round_role' })
  personId!: string;

  @ManyToOne(() => PeerRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_peer_round_role_round' })
  round?: PeerRoundEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_peer_round_role_person' })
  person?: PersonEntity;
}

/** A member's answer (Zusage) to one round; the latest answer counts. */
@Entity('peer_round_rsvp')
@Check('ck_peer_round_rsvp_answer', `"answer" IN ('YES', 'NO', 'MAYBE')`)
export class PeerRoundRsvpEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_peer_round_rsvp' })
  roundId!: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_peer_round_rsvp' })
  personId!: string;

  @ManyToOne(() => PeerRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_peer_round_rsvp_round' })
  round?: PeerRoundEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_peer_round_rsvp_person' })
  person?: PersonEntity;

  @Column('varchar', { length: 8 })
  answer!: RsvpAnswer;

  @UpdateDateColumn({ type: 'timestamptz' })
  answeredAt!: Date;
}

/** Who was there, recorded after the round (one row per member present). */
@Entity('peer_round_attendance')
export class PeerRoundAttendanceEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_peer_round_attendance' })
  roundId!: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_peer_round_attendance' })
  personId!: string;

  @ManyToOne(() => PeerRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_peer_round_attendance_round' })
  round?: PeerRoundEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_peer_round_attendance_person' })
  person?: PersonEntity;
}
