import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What the privacy audit log records (DESIGN §6). */
export enum PrivacyAction {
  EXPORT_REQUESTED = 'EXPORT_REQUESTED',
  EXPORT_DOWNLOADED = 'EXPORT_DOWNLOADED',
  ERASURE_REQUESTED = 'ERASURE_REQUESTED',
  PERSON_ERASED = 'PERSON_ERASED',
  RETENTION_RUN = 'RETENTION_RUN',
  RETENTION_PERIOD_CHANGED = 'RETENTION_PERIOD_CHANGED',
  ROLES_CHANGED = 'ROLES_CHANGED',
  CONTACT_DATA_EXPORTED = 'CONTACT_DATA_EXPORTED',
}

/**
 * One privacy-relevant action: who (a person's id, or none for the daily job), when, whose data
 * (a person's id) and which action, with counts. No copy of any data: ids and numbers only, so
 * an erased person leaves nothing here but their id. Kept 3 years (retention class AUDIT_LOG).
 * No foreign keys: an entry outlives what it names.
 */
@Entity('privacy_audit_entry')
@Index('ix_privacy_audit_entry_at', ['at'])
@Index('ix_privacy_audit_entry_subject', ['subjectPersonId', 'at'])
export class PrivacyAuditEntryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_privacy_audit_entry' })
  id!: string;

  @Column('timestamptz')
  at!: Date;

  @Column('varchar', { length: 32 })
  action!: PrivacyAction;

  /** Who did it; null for the daily retention job. */
  @Column('uuid', { nullable: true })
  actorPersonId!: string | null;

  /** Whose data; null for actions on no one person (a retention run). */
  @Column('uuid', { nullable: true })
  subjectPersonId!: string | null;

  /** Numbers only, e.g. `{ "SIGN_IN_LINKS": 3 }` or a cohort's id for a bulk export. */
  @Column('jsonb', { default: () => `'{}'` })
  details!: Record<string, number | string>;
}
