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
  valuesMap: {
    EXPORT_REQUESTED: { description: 'An export of a person’s data was made.' },
    EXPORT_DOWNLOADED: { description: 'An export was downloaded.' },
    ERASURE_REQUESTED: { description: 'A person asked to be erased.' },
    PERSON_ERASED: { description: 'A person was erased (details: counts per area).' },
    RETENTION_RUN: { description: 'The daily retention job ran (details: counts per data class).' },
    RETENTION_PERIOD_CHANGED: { description: 'A program manager changed a retention period.' },
    ROLES_CHANGED: { description: 'A person’s stored roles changed.' },
    CONTACT_DATA_EXPORTED: { description: 'Contact data left Zyklus in a bulk export.' },
  },
});

@ObjectType({
  description:
    'An export of everything Zyklus holds about one person (Art. 15/20 GDPR): a ZIP with one JSON file per area, CSV tables and a README, downloadable for 7 days.',
})
export class PersonalDataExport {
  @Field(() => ID, { description: 'The export.' })
  id!: string;

  @Field(() => ID, { description: 'Whose data.' })
  personId!: string;

  @Field(() => ID, { nullable: true, description: 'Who asked for it.' })
  requestedByPersonId!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was asked for (and made).' })
  requestedAt!: Date;

  @Field(() => GraphQLISODateTime, {
    description: 'The link works and the ZIP is kept until then.',
  })
  expiresAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last download, if any.' })
  downloadedAt!: Date | null;

  @Field(() => Int, { description: 'Size of the ZIP in bytes.' })
  archiveBytes!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'The web app’s page for this export (the mailed link): opened in a browser, it downloads the ZIP with the signed-in person’s access token; null once expired.',
  })
  downloadUrl!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The ZIP itself: GET it with `Authorization: Bearer <token>` of the person or the requester; null once expired.',
  })
  archiveUrl!: string | null;
}

@ObjectType({ description: 'One line of an erasure preview.' })
export class ErasurePreviewStep {
  @Field({ description: 'Stable key, e.g. `sign-in-links`.' })
  key!: string;

  @Field({ description: 'What it is, in the reader’s language.' })
  label!: string;

  @Field(() => ErasureAction, { description: 'Removed, anonymised, ended or kept as a count.' })
  action!: ErasureAction;

  @Field(() => Int, { description: 'How many rows.' })
  count!: number;
}

@ObjectType({ description: 'What an erasure does in one area (context) of Zyklus.' })
export class ErasureContextPreview {
  @Field({ description: 'e.g. `identity`, `cohorts`, `reminders`.' })
  context!: string;

  @Field(() => [ErasurePreviewStep], { description: 'What happens to each kind of row.' })
  steps!: ErasurePreviewStep[];
}

@ObjectType({ description: 'What erasing a person removes, anonymises or keeps as counts.' })
export class ErasurePreview {
  @Field(() => ID, { description: 'Whose data.' })
  personId!: string;

  @Field(() => [ErasureContextPreview], { description: 'Per area (context).' })
  contexts!: ErasureContextPreview[];
}

@ObjectType({
  description: 'A person’s request to be erased (Art. 17), until a program manager erases them.',
})
export class ErasureRequest {
  @Field(() => ID, { description: 'The request.' })
  id!: string;

  @Field(() => ID, { description: 'Who asked to be erased.' })
  personId!: string;

  @Field(() => GraphQLISODateTime, { description: 'When they asked.' })
  requestedAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the person was erased; null while open.',
  })
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

  @Field(() => Int, { description: 'The period Zyklus applies unless a program manager set one.' })
  defaultDays!: number;

  @Field(() => Int, { description: 'The period in force (for the programme asked about).' })
  days!: number;

  @Field({ description: 'Whether a programme may set its own period.' })
  perProgramme!: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'The programme asked about; null for all programmes.',
  })
  programmeId!: string | null;
}

@ObjectType({ description: 'Rows of one data class removed or anonymised (or due to be).' })
export class RetentionCountInfo {
  @Field({ description: 'The data class, e.g. `SIGN_IN_LINKS`.' })
  dataClass!: string;

  @Field(() => Int, { description: 'Rows removed or anonymised (or due to be).' })
  count!: number;
}

@ObjectType({ description: 'One run of the daily retention job.' })
export class RetentionRunInfo {
  @Field(() => LocalDateScalar, { description: 'The day the run was for.' })
  day!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it ran.' })
  ranAt!: Date;

  @Field(() => [RetentionCountInfo], { description: 'Rows removed or anonymised per data class.' })
  counts!: RetentionCountInfo[];
}

@ObjectType({ description: 'A number (or id) an audit entry records.' })
export class AuditDetail {
  @Field({ description: 'What is counted or named, e.g. `SIGN_IN_LINKS` or `roles`.' })
  key!: string;

  @Field({ description: 'The number or value.' })
  value!: string;
}

@ObjectType({
  description:
    'One privacy-relevant action: who, when, whose data, which action; ids and counts only, never data.',
})
export class PrivacyAuditEntry {
  @Field(() => ID, { description: 'The entry.' })
  id!: string;

  @Field(() => GraphQLISODateTime, { description: 'When.' })
  at!: Date;

  @Field(() => PrivacyAction, { description: 'Which action.' })
  action!: PrivacyAction;

  @Field(() => ID, { nullable: true, description: 'Who did it (none: the daily job).' })
  actorPersonId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Whose data.' })
  subjectPersonId!: string | null;

  @Field(() => [AuditDetail], {
    description: 'Counts (or a value such as the new roles), never personal data.',
  })
  details!: AuditDetail[];
}
