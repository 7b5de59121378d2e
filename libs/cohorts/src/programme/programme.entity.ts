import { Language } from '@zyklus/common';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('programme')
// Unique regardless of case: lower(name) is indexed in the migration, TypeORM cannot express it.
@Index('uq_programme_name', { synchronize: false })
@Check('ck_programme_name', `char_length(btrim("name")) BETWEEN 1 AND 200`)
@Check('ck_programme_default_language', `"default_language" IN ('de', 'en')`)
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_programme' })
  id!: string;

  @Column('varchar', { length: 200 })
  name!: string;

  /** IANA time zone in which the programme's dates and reminders are meant. */
  @Column('varchar', { length: 64 })
  timeZone!: string;

  @Column('varchar', { length: 2, default: Language.DE })
  defaultLanguage!: Language;

  /** The programme office's address for answers to its mails (Reply-To); MAIL_FROM when null. */
  @Column('varchar', { length: 254, nullable: true })
  replyTo!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
