import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe, ParseOptionalIdPipe } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { PrivacyAuditLogService } from './audit/privacy-audit-log.service';
import { ErasureService } from './erasure/erasure.service';
import { PersonalDataExportService } from './export/personal-data-export.service';
import { AuditLogArgs, ErasePersonArgs, SetRetentionPeriodInput } from './privacy.inputs';
import {
  ErasurePreview,
  ErasureRequest,
  PersonalDataExport,
  PrivacyAuditEntry,
  RetentionCountInfo,
  RetentionRuleInfo,
  RetentionRunInfo,
} from './privacy.models';
import { PrivacyViews } from './privacy.views';
import { RetentionService } from './retention/retention.service';

/** Data protection: exports, erasure, retention and the audit log (DESIGN §6). */
@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly exports: PersonalDataExportService,
    private readonly erasure: ErasureService,
    private readonly retention: RetentionService,
    private readonly auditLog: PrivacyAuditLogService,
    private readonly views: PrivacyViews,
  ) {}

  @Mutation(() => PersonalDataExport, {
    description:
      'Exports everything Zyklus holds about the signed-in person; a mail brings the download link (7 days).',
  })
  async requestMyExport(@CurrentActor() actor: Actor) {
    return this.views.export(await this.exports.requestMine(actor));
  }

  @Mutation(() => PersonalDataExport, {
    description:
      'Program managers: exports everything Zyklus holds about a person; the link (7 days) goes to the requester.',
  })
  async requestPersonExport(
    @CurrentActor() actor: Actor,
    @Args('personId', { type: () => ID, description: 'The person.' }, ParseIdPipe) personId: string,
  ) {
    return this.views.export(await this.exports.requestFor(actor, personId));
  }

  @Query(() => [PersonalDataExport], {
    description:
      'Exports about a person (program managers), or without personId the signed-in person’s own, newest first.',
  })
  async personalDataExports(
    @CurrentActor() actor: Actor,
    @Args(
      'personId',
      { type: () => ID, nullable: true, description: 'The person; without it, yourself.' },
      ParseOptionalIdPipe,
    )
    personId?: string,
  ) {
    return (await this.exports.list(actor, personId)).map((row) => this.views.export(row));
  }

  @Query(() => PersonalDataExport, {
    description:
      'One export, for the person it is about or whoever asked for it, until it expires (reasons EXPORT_NOT_FOUND, EXPORT_NOT_YOURS, EXPORT_EXPIRED).',
  })
  async personalDataExport(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The export.' }, ParseIdPipe) id: string,
  ) {
    return this.views.export(await this.exports.get(actor, id));
  }

  @Query(() => ErasurePreview, {
    description:
      'What erasing the person would remove, anonymise or keep as counts, per area (program managers, or the person themself).',
  })
  async erasurePreview(
    @CurrentActor() actor: Actor,
    @Args('personId', { type: () => ID, description: 'The person.' }, ParseIdPipe) personId: string,
  ) {
    return this.views.preview(actor, personId, await this.erasure.preview(actor, personId));
  }

  @Mutation(() => ErasurePreview, {
    description:
      'Program managers: erases a person everywhere in one transaction; `confirm` repeats their name. Answers what was done.',
  })
  async erasePerson(@CurrentActor() actor: Actor, @Args() args: ErasePersonArgs) {
    const done = await this.erasure.erase(actor, args.personId, args.confirm);
    return this.views.preview(actor, args.personId, done);
  }

  @Mutation(() => ErasureRequest, {
    description: 'The signed-in person asks to be erased; a program manager confirms it.',
  })
  requestMyErasure(@CurrentActor() actor: Actor) {
    return this.erasure.request(actor);
  }

  @Query(() => ErasureRequest, {
    nullable: true,
    description: 'The signed-in person’s open request to be erased, if any.',
  })
  myErasureRequest(@CurrentActor() actor: Actor) {
    return this.erasure.myOpenRequest(actor);
  }

  @Query(() => [ErasureRequest], {
    description: 'Program managers: open erasure requests, oldest first.',
  })
  erasureRequests(@CurrentActor() actor: Actor) {
    return this.erasure.openRequests(actor);
  }

  @Query(() => [RetentionRuleInfo], {
    description:
      'Program managers: every class of personal data with its retention period (for a programme, or all).',
  })
  async retentionRules(
    @CurrentActor() actor: Actor,
    @Args(
      'programmeId',
      { type: () => ID, nullable: true, description: 'A programme; without it, all programmes.' },
      ParseOptionalIdPipe,
    )
    programmeId?: string,
  ) {
    const rules = await this.retention.rules(actor, programmeId ?? null);
    return rules.map((rule) => this.views.rule(actor, rule));
  }

  @Mutation(() => RetentionRuleInfo, {
    description: 'Program managers: sets a retention period for all programmes or one.',
  })
  async setRetentionPeriod(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The data class, the days and optionally the programme.' })
    input: SetRetentionPeriodInput,
  ) {
    return this.views.rule(actor, await this.retention.setPeriod(actor, input));
  }

  @Query(() => [RetentionCountInfo], {
    description: 'Program managers: what the next daily retention run will remove or anonymise.',
  })
  retentionPreview(@CurrentActor() actor: Actor) {
    return this.retention.preview(actor);
  }

  @Query(() => [RetentionRunInfo], {
    description: 'Program managers: the last runs of the daily retention job, newest first.',
  })
  async retentionRuns(@CurrentActor() actor: Actor) {
    return (await this.retention.runs(actor, 30)).map((run) => this.views.run(run));
  }

  @Query(() => [PrivacyAuditEntry], {
    description:
      'Program managers: the privacy audit log, newest first (who, when, whose data, which action; no data).',
  })
  async privacyAuditLog(@CurrentActor() actor: Actor, @Args() args: AuditLogArgs) {
    const rows = await this.auditLog.list(actor, args.personId, args.first);
    return rows.map((row) => this.views.auditEntry(row));
  }
}
