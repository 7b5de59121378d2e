import { NetworkEntity } from '@zyklus/cohorts';
import { Language } from '@zyklus/common';
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
import { InitiativeKind, sqlList } from '../local-cycle-enums';

/**
 * A MINT-Initiative of a network's region. It belongs to the network (not to a cohort), so it
 * moves with the network from cohort to cohort. The contact person is optional; without a
 * recorded consent no mail ever goes to them, and an unsubscribe ends the consent.
 */
@Entity('initiative')
@Index('ix_initiative_network', ['networkId'])
@Index('uq_initiative_unsubscribe_token', ['unsubscribeToken'], { unique: true })
@Check('ck_initiative_name', `char_length(btrim("name")) BETWEEN 1 AND 200`)
@Check('ck_initiative_city', `char_length(btrim("city")) BETWEEN 1 AND 100`)
@Check('ck_initiative_kind', `"kind" IN (${sqlList(Object.values(InitiativeKind))})`)
@Check('ck_initiative_website', `"website" IS NULL OR "website" ~ '^https?://'`)
@Check('ck_initiative_contact', `"contact_email" IS NOT NULL OR "contact_consent_on" IS NULL`)
export class InitiativeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_initiative' })
  id!: string;

  @Column('uuid')
  networkId!: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'network_id', foreignKeyConstraintName: 'fk_initiative_network' })
  network?: NetworkEntity;

  @Column('varchar', { length: 200 })
  name!: string;

  @Column('varchar', { length: 32 })
  kind!: InitiativeKind;

  @Column('varchar', { length: 100 })
  city!: string;

  @Column('varchar', { length: 500, nullable: true })
  website!: string | null;

  @Column('varchar', { length: 200, nullable: true })
  contactName!: string | null;

  @Column('varchar', { length: 320, nullable: true })
  contactEmail!: string | null;

  @Column('varchar', { length: 2, default: Language.DE })
  contactLanguage!: Language;

  /** The day the contact person agreed to receive mails; null: never mail them. */
  @Column('date', { nullable: true })
  contactConsentOn!: string | null;

  /** Random token of the one-click unsubscribe link in every mail to the contact. */
  @Column('varchar', { length: 64 })
  unsubscribeToken!: string;

  /** Demo data (invented), so a newcomer can tell it from real initiatives. */
  @Column('boolean', { default: false })
  demo!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
