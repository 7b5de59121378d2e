import { PersonEntity } from '@zyklus/identity';
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
import { ReminderRuleEntity } from '../rule/reminder-rule.entity';
import {
  ReminderEventKind,
  ReminderKind,
  ReminderStatus,
  ReminderTemplate,
} from '../rule/reminder-enums';

/**
 * The reminder ledger: one row per mail that is due to one person (or one contact without an
 * account) at one time, for one event and rule (or a change or cancellation notice). Its
 * identity is in columns — kind, event kind and id, the rule that planned it (`ruleKey`),
 * recipient (person or contact), occasion and the invitation a personal cancellation releases —
 * with unique indexes (`uq_reminder_identity`, `uq_reminder_contact_identity`, in the
 * migrations), which make materialising idempotent; the dispatcher claims due rows with SKIP
 * LOCKED and a lease.
 */
@Entity('reminder')
@Index('uq_reminder_identity', { synchronize: false })
// The same identity for rows to contacts (both partial, in the migration).
@Index('uq_reminder_contact_identity', { synchronize: false })
@Index('ix_reminder_event', ['eventId'])
@Index('ix_reminder_recipient', ['recipientId'])
@Index('ix_reminder_contact', { synchronize: false })
@Index('ix_reminder_cohort_due', ['cohortId', 'dueAt'])
// The dispatcher's query: pending rows by next attempt (partial index, in the migration).
@Index('ix_reminder_pending', { synchronize: false })
@Check(
  'ck_reminder_kind',
  `"kind" IN ('REMINDER', 'CHANGE_NOTICE', 'CANCELLATION', 'PERSONAL_CANCELLATION')`,
)
@Check('ck_reminder_status', `"status" IN ('PENDING', 'SENT', 'SKIPPED', 'CANCELLED', 'FAILED')`)
@Check('ck_reminder_reason', `"status" NOT IN ('SKIPPED', 'CANCELLED') OR "reason" IS NOT NULL`)
@Check('ck_reminder_recipient', `"recipient_id" IS NULL OR "contact_id" IS NULL`)
@Check('ck_reminder_sent', `("status" = 'SENT') = ("sent_at" IS NOT NULL)`)
export class ReminderEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_reminder' })
  id!: string;

  /** The rule that planned a rule's reminder; kept when the rule is deleted (`ruleId` null). */
  @Column('uuid', { nullable: true })
  ruleKey!: string | null;

  /**
   * Which of its kind for the same rule, event and person: a rule's n-th reminder after moves
   * (a reminder belongs to the date it announced, see `anchorAt`); the SEQUENCE a change notice
   * announces; 0 otherwise.
   */
  @Column('integer', { default: 0 })
  occasion!: number;

  /** For a personal cancellation: the reminder or notice whose invitation it takes back. */
  @Column('uuid', { nullable: true })
  invitationId!: string | null;

  @Column('varchar', { length: 24 })
  kind!: ReminderKind;

  @Column('uuid', { nullable: true })
  ruleId!: string | null;

  @ManyToOne(() => ReminderRuleEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'rule_id', foreignKeyConstraintName: 'fk_reminder_rule' })
  rule?: ReminderRuleEntity;

  @Column('varchar', { length: 40 })
  eventKind!: ReminderEventKind;

  @Column('uuid')
  eventId!: string;

  /** For filtering by cohort; events of other kinds may leave it empty. */
  @Column('uuid', { nullable: true })
  cohortId!: string | null;

  /** Null once the person was erased (the row stays for the counts). */
  @Column('uuid', { nullable: true })
  recipientId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'fk_reminder_recipient' })
  recipient?: PersonEntity;

  /**
   * A recipient without an account instead of a person (e.g. an initiative's contact person):
   * an id of an audience the event kind's adapter declares with `contacts`, resolved by its
   * `contacts()` when sending. Never set together with `recipientId`.
   */
  @Column('uuid', { nullable: true })
  contactId!: string | null;

  @Column('timestamptz')
  dueAt!: Date;

  /**
   * For a rule's reminder: the event's start (or end) it is about. A reminder belongs to the date
   * it announced: after a move, the rule's reminder for the new date is a row of its own.
   */
  @Column('timestamptz', { nullable: true })
  anchorAt!: Date | null;

  /** For a rule's reminder: the mail it sends (one mail per person, event, template and time). */
  @Column('varchar', { length: 16, nullable: true })
  template!: ReminderTemplate | null;

  /** The event's SEQUENCE the mail carried, once sent (what it announced). */
  @Column('integer', { nullable: true })
  sequence!: number | null;

  /**
   * Raised by every change the planner makes to the row. A dispatcher that claimed an older
   * revision records a delivery (SENT always holds), but not a failure: the change stands.
   */
  @Column('integer', { default: 0 })
  revision!: number;

  @Column('varchar', { length: 16 })
  status!: ReminderStatus;

  @Column('integer', { default: 0 })
  attempts!: number;

  /** When the dispatcher takes it next (the due time, later after a failure). */
  @Column('timestamptz')
  nextAttemptAt!: Date;

  /** A dispatcher's claim; after this instant another may take it (crash safety). */
  @Column('timestamptz', { nullable: true })
  claimedUntil!: Date | null;

  @Column('varchar', { length: 100, nullable: true })
  claimedBy!: string | null;

  @Column('varchar', { length: 1000, nullable: true })
  lastError!: string | null;

  /** The SMTP message id once sent. */
  @Column('varchar', { length: 300, nullable: true })
  messageId!: string | null;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;

  /** Why it was skipped or cancelled, in words ("event cancelled", "participant withdrew" …). */
  @Column('varchar', { length: 300, nullable: true })
  reason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
