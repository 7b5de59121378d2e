import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An audience a kind of event declares.' })
export class ReminderAudienceInfo {
  @Field({ description: 'The name rules use, e.g. PARTICIPANTS.' })
  name!: string;

  @Field({ description: 'Who they are.' })
  description!: string;
}

@ObjectType({ description: 'A nudge a kind of event offers (template NUDGE).' })
export class ReminderNudgeInfo {
  @Field({ description: 'The name rules use, e.g. ATTENDANCE_NOT_RECORDED.' })
  name!: string;

  @Field({ description: 'What it is about and when it is skipped.' })
  description!: string;

  @Field(() => [String], { description: 'The audiences it may go to.' })
  audiences!: string[];
}

@ObjectType('ReminderScopeOption', {
  description:
    'One scope a rule of the kind may name (scopeId), e.g. a peer group (Gruppe der Kollegialen Runden), for choosing it by name.',
})
export class ReminderScopeOptionInfo {
  @Field(() => ID, { description: 'What a rule names as scopeId.' })
  id!: string;

  @Field({
    description:
      'Who or what it is, in the person’s language, e.g. "Runde Nord-Ost (5. und 6. Durchgang)".',
  })
  label!: string;
}

@ObjectType({
  description: 'A kind of event with reminders, as its context registered it: what rules may say.',
})
export class ReminderEventKindInfo {
  @Field({ description: 'The kind, e.g. WORKSHOP.' })
  kind!: string;

  @Field({ description: 'What an event of this kind is.' })
  description!: string;

  @Field(() => [ReminderAudienceInfo], { description: 'Who its rules may write to.' })
  audiences!: ReminderAudienceInfo[];

  @Field(() => [ReminderNudgeInfo], { description: 'The nudges its rules may send.' })
  nudges!: ReminderNudgeInfo[];

  @Field(() => String, {
    nullable: true,
    description:
      'The scope of rules it declares besides programme and cohort (scopeId); null if none.',
  })
  scope!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What one scope of it is called, in the person’s language (e.g. "Gruppe der Kollegialen Runden"); null if none. A programme’s scopes: reminderScopeOptions.',
  })
  scopeLabel!: string | null;
}
