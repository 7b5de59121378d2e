import { CohortEntity, ProgrammeEntity } from '@zyklus/cohorts';
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
import { PeerGroupMethod, PeerGroupStatus } from '../peer-enums';

/** A peer group (Runde): the members of a series of kollegiale Runden, formed by a manager. */
@Entity('peer_group')
@Index('ix_peer_group_programme', ['programmeId'])
@Check('ck_peer_group_name', `char_length(btrim("name")) BETWEEN 1 AND 200`)
@Check('ck_peer_group_method', `"method" IN ('KOLLEGIALE_FALLBERATUNG', 'OPEN_EXCHANGE')`)
@Check('ck_peer_group_status', `"status" IN ('FORMING', 'ACTIVE', 'ENDED')`)
export class PeerGroupEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_peer_group' })
  id!: string;

  @Column('uuid')
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_peer_group_programme' })
  programme?: ProgrammeEntity;

  @Column('varchar', { length: 200 })
  name!: string;

  @Column('varchar', { length: 32 })
  method!: PeerGroupMethod;

  @Column('varchar', { length: 16, default: PeerGroupStatus.FORMING })
  status!: PeerGroupStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A cohort a peer group draws its members from (one or several). */
@Entity('peer_group_cohort')
@Index('ix_peer_group_cohort_cohort', ['cohortId'])
export class PeerGroupCohortEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_peer_group_cohort' })
  groupId!: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_peer_group_cohort' })
  cohortId!: string;

  @ManyToOne(() => PeerGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_peer_group_cohort_group' })
  group?: PeerGroupEntity;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_peer_group_cohort_cohort' })
  cohort?: CohortEntity;
}

/**
 * A person's membership from a day to a day (open-ended while they stay). Rows are never
 * deleted: a leaver's row gets an end day and keeps their history; a late joiner's row starts
 * on the day they joined, so only rounds from then on are theirs.
 */
@Entity('peer_group_member')
@Index('ix_peer_group_member_group', ['groupId', 'fromDate'])
@Index('ix_peer_group_member_person', ['personId'])
// At most one open membership per person and group (partial index, created in the migration).
@Index('uq_peer_group_member_open', { synchronize: false })
@Check('ck_peer_group_member_period', `"to_date" IS NULL OR "to_date" >= "from_date"`)
export class PeerGroupMemberEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_peer_group_member' })
  id!: string;

  @Column('uuid')
  groupId!: string;

  @ManyToOne(() => PeerGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_peer_group_member_group' })
  group?: PeerGroupEntity;

  @Column('uuid')
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_peer_group_member_person' })
  person?: PersonEntity;

  /** First day as member. */
  @Column('date')
  fromDate!: string;

  /** Last day as member; null while they stay. */
  @Column('date', { nullable: true })
  toDate!: string | null;

  /** Why the membership ended, when not by a program manager (e.g. "person erased"). */
  @Column('varchar', { length: 200, nullable: true })
  endReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** Whether `member` covers the calendar day `date`. */
export function memberOn(member: PeerGroupMemberEntity, date: string): boolean {
  return member.fromDate <= date && (member.toDate === null || member.toDate >= date);
}
