import { Language } from '@zyklus/common';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { Role } from './role';

@Entity('person')
@Unique('uq_person_email', ['email'])
@Check('ck_person_name', `char_length(btrim("name")) BETWEEN 1 AND 200`)
@Check('ck_person_email', `"email" = lower(btrim("email")) AND "email" LIKE '%_@_%'`)
@Check('ck_person_preferred_language', `"preferred_language" IN ('de', 'en')`)
@Check('ck_person_roles', `"roles" <@ ARRAY['ADMIN', 'PROGRAM_MANAGER']::varchar[]`)
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_person' })
  id!: string;

  @Column('varchar', { length: 200 })
  name!: string;

  /** Stored trimmed and in lower case, so it is unique regardless of case. */
  @Column('varchar', { length: 254 })
  email!: string;

  @Column('varchar', { length: 2, default: Language.DE })
  preferredLanguage!: Language;

  @Column('varchar', { length: 32, array: true, default: () => `'{}'` })
  roles!: Role[];

  @Column('timestamptz', { nullable: true })
  lastSignedInAt!: Date | null;

  /**
   * When the person was erased (Art. 17): the row stays for the counts, as "Gelöschte Person"
   * without an address; no sign-in and no mail reach it again.
   */
  @Column('timestamptz', { nullable: true })
  erasedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
