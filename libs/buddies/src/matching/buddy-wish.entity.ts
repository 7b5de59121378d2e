import { CohortEntity } from '@zyklus/cohorts';
import { PersonEntity } from '@zyklus/identity';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { BuddyTopic, subsetOf } from '../buddy-enums';

/** What a new coordinator would like help with in a cohort: the topics matching compares. */
@Entity('buddy_wish')
@Check('ck_buddy_wish_topics', subsetOf('topics', Object.values(BuddyTopic)))
export class BuddyWishEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_buddy_wish' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_buddy_wish_cohort' })
  cohort?: CohortEntity;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_buddy_wish' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_buddy_wish_person' })
  person?: PersonEntity;

  @Column('varchar', { length: 32, array: true, default: () => `'{}'` })
  topics!: BuddyTopic[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
