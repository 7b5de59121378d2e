import { Bundesland } from '@zyklus/cohorts';
import { PersonEntity } from '@zyklus/identity';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { BuddyTopic, subsetOf } from '../buddy-enums';

/**
 * An alumnus's offer to be a buddy (Buddy-Profil). Being an alumnus is derived from completed
 * participations, never stored; the profile only says how much and what they offer.
 */
@Entity('buddy_profile')
@Check('ck_buddy_profile_capacity', `"capacity" BETWEEN 0 AND 3`)
@Check('ck_buddy_profile_topics', subsetOf('topics', Object.values(BuddyTopic)))
@Check('ck_buddy_profile_bundeslaender', subsetOf('bundeslaender', Object.values(Bundesland)))
@Check(
  'ck_buddy_profile_languages',
  `cardinality("languages") BETWEEN 1 AND 10 AND array_to_string("languages", ',') ~ '^[a-z]{2}(,[a-z]{2})*$'`,
)
export class BuddyProfileEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_buddy_profile' })
  personId!: string;

  @OneToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_buddy_profile_person' })
  person?: PersonEntity;

  /** How many active pairings at once: 0 (not now) to 3. */
  @Column('smallint')
  capacity!: number;

  @Column('varchar', { length: 32, array: true, default: () => `'{}'` })
  topics!: BuddyTopic[];

  /** Bundesländer the buddy can travel to. */
  @Column('varchar', { length: 32, array: true, default: () => `'{}'` })
  bundeslaender!: Bundesland[];

  /** Languages spoken, ISO 639-1 codes (de, en, …). */
  @Column('varchar', { length: 2, array: true, default: () => `'{de}'` })
  languages!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
