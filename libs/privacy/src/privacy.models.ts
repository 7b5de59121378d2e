import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ErasureAction, LocalDateScalar } from '@zyklus/common';
import { PrivacyAction } from './audit/privacy-audit-entry.entity';

registerEnumType(ErasureAction, {
  name: 'ErasureAction',
  description: 'What an erasure (or a retention run) does to one kind of row.',
  valuesMap: {
    REMOVE: { description: 'The rows are deleted.' },
    ANONYMISE: { description: 'The rows stay without the person’s name, address and texts.' },
    KEEP_AS_COUNT: { description: 'The rows stay, only counted (e.g. attendance counts).' },
    END: { description: 'Something that ends with a reason (a membership, pending reminders).' },
  },
});

registerEnumType(PrivacyAction, {
  name: 'PrivacyAction',
  description: 'A privacy-relevant action in the audit log.',
});

@ObjectType({
  description:
    'An export of everything Zyklus holds about one person (Art. 15/20 GDPR): a ZIP with one JSON file per area, CSV tables and a README, downloadable for 7 days.',
})
export class PersonalDataExport {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'Whose data.' })
  personId!: string;

  @Field(() => ID, { nullable: true, description: 'Who asked for it.' })
  requestedByPersonId!: string | null;

  @Field(() => GraphQLISODateTime)
  requestedAt!: Date;

  @Field(() => GraphQLISODateTime, {
    description: 'The link works and the ZIP is kept until then.',
  })
  expiresAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  downloadedAt!: Date | null;

  @Field(() => Int, { description: 'Size of the ZIP in bytes.' })
  archiveBytes!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'GET it with `Authorization: Bearer <token>` of the person or the requester; null once expired.',
  })
  downloadUrl!: string | null;
}

@ObjectType({ description: 'One line of an erasure preview.' })
export class ErasurePreviewStep {
  @Field({ description: 'Stable key, e.g. `sign-in-links`.' })
  key!: string;

  @Field({ description: 'What it is, in the reader’s language.' })
  label!: string;

  @Field(() => ErasureAction)
  action!: ErasureAction;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'What an erasure does in one area (context) of Zyklus.' })
export class ErasureContextPreview {
  @Field({ description: 'e.g. `identity`, `cohorts`, `reminders`.' })
  context!: string;

  @Field(() => [ErasurePreviewStep])
  steps!: ErasurePreviewStep[];
}

@ObjectType({ description: 'What erasing a person removes, anonymises or keeps as counts.' })
export class ErasurePreview {
  @Field(() => ID)
  personId!: string;

  @Field(() => [ErasureContextPreview])
  contexts!: ErasureContextPreview[];
}

@ObjectType({
  description: 'A person’s request to be erased (Art. 17), until a program manager erases them.',
})
export class ErasureRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => GraphQLISODateTime)
  requestedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt!: Date | null;
}

@ObjectType({
  description:
    'A class of personal data with its retention period (Aufbewahrungsfrist) from a clear moment.',
})
export class RetentionRuleInfo {
  @Field({ description: 'e.g. `SIGN_IN_LINKS`.' })
  dataClass!: string;

  @Field({ description: 'The area (context) the data belongs to.' })
  context!: string;

  @Field({ description: 'What the data is, in the reader’s language.' })
  label!: string;

  @Field({ description: 'The moment the period starts, in the reader’s language.' })
  from!: string;

  @Field(() => ErasureAction, { description: 'REMOVE or ANONYMISE.' })
  action!: ErasureAction;

  @Field(() => Int)
  defaultDays!: number;

  @Field(() => Int, { description: 'The period in force (for the programme asked about).' })
  days!: number;

  @Field({ description: 'Whether a programme may set its own period.' })
  perProgramme!: boolean;

  @Field(() => ID, { nullable: true })
  programmeId!: string | null;
}

@ObjectType({ description: 'Rows of one data class removed or anonymised (or due to be).' })
export class RetentionCountInfo {
  @Field()
  dataClass!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'One run of the daily retention job.' })
export class RetentionRunInfo {
  @Field(() => LocalDateScalar)
  day!: string;

  @Field(() => GraphQLISODateTime)
  ranAt!: Date;

  @Field(() => [RetentionCountInfo])
  counts!: RetentionCountInfo[];
}

@ObjectType({ description: 'A number (or id) an audit entry records.' })
export class AuditDetail {
  @Field()
  key!: string;

  @Field()
  value!: string;
}

@ObjectType({
  description:
    'One privacy-relevant action: who, when, whose data, which action; ids and counts only, never data.',
})
export class PrivacyAuditEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => PrivacyAction)
  action!: PrivacyAction;

  @Field(() => ID, { nullable: true, description: 'Who did it (none: the daily job).' })
  actorPersonId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Whose data.' })
  subjectPersonId!: string | null;

  @Field(() => [AuditDetail])
  details!: AuditDetail[];
}
