import { CohortEntity, ProgrammeEntity } from '@zyklus/cohorts';
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
import {
  ReminderAnchor,
  ReminderAudience,
  ReminderEventKind,
  ReminderTemplate,
} from './reminder-enums';

/**
 * "For events of kind K, send template T to audience A, offset O before (or after) the start
 * (or end)." A programme's rules are its defaults; a cohort's rules (or those of a scope the
 * kind declares, e.g. a peer group) add to them, and one that names `replacesRuleId` takes that
 * default's place there (disabled: switches it off). A NUDGE rule names its adapter's nudge.
 */
@Entity('reminder_rule')
@Index('ix_reminder_rule_programme', ['programmeId'])
@Index('ix_reminder_rule_scope', ['scopeId'])
// Kinds and audiences are the registered adapters' (checked by the service, not the database).
@Check('ck_reminder_rule_anchor', `"anchor" IN ('START', 'END')`)
@Check('ck_reminder_rule_template', `"template" IN ('REMINDER', 'FOLLOW_UP', 'NUDGE')`)
@Check('ck_reminder_rule_nudge', `("template" = 'NUDGE') = ("nudge" IS NOT NULL)`)
@Check('ck_reminder_rule_scope', `"scope_id" IS NULL OR "cohort_id" IS NULL`)
@Check('ck_reminder_rule_offset', `abs("offset_days") <= 366 AND abs("offset_minutes") <= 10080`)
@Check(
  'ck_reminder_rule_replaces',
  `"replaces_rule_id" IS NULL OR "cohort_id" IS NOT NULL OR "scope_id" IS NOT NULL`,
)
export class ReminderRuleEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_reminder_rule' })
  id!: string;

  @Column('uuid')
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_reminder_rule_programme' })
  programme?: ProgrammeEntity;

  /** Set for a cohort's own rule; null for the programme's default. */
  @Column('uuid', { nullable: true })
  cohortId!: string | null;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_reminder_rule_cohort' })
  cohort?: CohortEntity;

  /** Set for a rule of the scope the event kind declares (e.g. a peer group); else null. */
  @Column('uuid', { nullable: true })
  scopeId!: string | null;

  /** The programme default this cohort (or scope) rule takes the place of. */
  @Column('uuid', { nullable: true })
  replacesRuleId!: string | null;

  @ManyToOne(() => ReminderRuleEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'replaces_rule_id', foreignKeyConstraintName: 'fk_reminder_rule_replaces' })
  replacesRule?: ReminderRuleEntity;

  @Column('varchar', { length: 40 })
  eventKind!: ReminderEventKind;

  @Column('varchar', { length: 40 })
  audience!: ReminderAudience;

  @Column('varchar', { length: 8 })
  anchor!: ReminderAnchor;

  /** Calendar days, counted in the programme's time zone (negative: before). */
  @Column('integer')
  offsetDays!: number;

  /** Then minutes of elapsed time (negative: before), e.g. -120 for "2 hours before". */
  @Column('integer')
  offsetMinutes!: number;

  @Column('varchar', { length: 16 })
  template!: ReminderTemplate;

  /** For a NUDGE: which of the kind's nudges (its condition and mail), e.g. ATTENDANCE_NOT_RECORDED. */
  @Column('varchar', { length: 40, nullable: true })
  nudge!: string | null;

  @Column('boolean')
  enabled!: boolean;

  /** Events that start before this instant are never mailed by this rule. */
  @Column('timestamptz')
  effectiveFrom!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
