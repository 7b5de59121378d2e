import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, ErasureStep } from '@zyklus/common';
import { isUniqueViolation } from '@zyklus/database';
import { Actor, PersonService, requireProgramManager } from '@zyklus/identity';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { PrivacyAction } from '../audit/privacy-audit-entry.entity';
import { PrivacyAudit } from '../audit/privacy-audit';
import { knownPerson } from '../known-person';
import { confirmationMismatch, erasureAlreadyRequested } from '../privacy.errors';
import { PersonalDataRegistry } from '../registry/personal-data-registry';
import { ErasureRequestEntity } from './erasure-request.entity';

/** What an erasure does in one context. */
export interface ContextErasure {
  context: string;
  steps: ErasureStep[];
}

/**
 * Erasure (Art. 17): a preview per context, and the erasure itself in one transaction across
 * every context (any context may refuse, e.g. the last admin; then nothing is erased).
 */
@Injectable()
export class ErasureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly audit: PrivacyAudit,
    private readonly people: PersonService,
    private readonly clock: Clock,
  ) {}

  /** What `erasePerson` would do: program managers for anyone, a person for themself. */
  async preview(actor: Actor, personId: string): Promise<ContextErasure[]> {
    if (personId !== actor.personId) requireProgramManager(actor);
    await knownPerson(this.people, actor, personId);
    return this.dataSource.transaction('REPEATABLE READ', (manager) =>
      this.previewIn(manager, personId),
    );
  }

  /** The signed-in person asks to be erased; a program manager confirms with `erasePerson`. */
  async request(actor: Actor): Promise<ErasureRequestEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const row = manager.create(ErasureRequestEntity, {
          personId: actor.personId,
          requestedAt: this.clock.now(),
          completedAt: null,
        });
        await manager.insert(ErasureRequestEntity, row);
        await this.audit.record(manager, {
          action: PrivacyAction.ERASURE_REQUESTED,
          actorPersonId: actor.personId,
          subjectPersonId: actor.personId,
        });
        return row;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_erasure_request_open')) throw erasureAlreadyRequested();
      throw error;
    }
  }

  /** The signed-in person's open request, if they made one. */
  myOpenRequest(actor: Actor): Promise<ErasureRequestEntity | null> {
    return this.dataSource
      .getRepository(ErasureRequestEntity)
      .findOneBy({ personId: actor.personId, completedAt: IsNull() });
  }

  /** Open erasure requests, oldest first, for program managers. */
  openRequests(actor: Actor): Promise<ErasureRequestEntity[]> {
    requireProgramManager(actor);
    return this.dataSource.getRepository(ErasureRequestEntity).find({
      where: { completedAt: IsNull() },
      order: { requestedAt: 'ASC' },
    });
  }

  /**
   * Erases the person everywhere, in one transaction. `confirm` must repeat the person's name
   * as shown (a deliberate second step); the audit log keeps ids and counts only.
   */
  async erase(actor: Actor, personId: string, confirm: string): Promise<ContextErasure[]> {
    requireProgramManager(actor);
    const person = await knownPerson(this.people, actor, personId);
    if (confirm.trim() !== person.name.trim()) throw confirmationMismatch();
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const preview = await this.previewIn(manager, personId);
      for (const context of this.registry.inErasureOrder()) {
        await context.erasePerson({ manager, personId, now });
      }
      const details: Record<string, number> = {};
      for (const { context, steps } of preview) {
        for (const step of steps) details[`${context}.${step.key}`] = step.count;
      }
      await this.audit.record(manager, {
        action: PrivacyAction.PERSON_ERASED,
        actorPersonId: actor.personId,
        subjectPersonId: personId,
        details,
      });
      return preview;
    });
  }

  private async previewIn(manager: EntityManager, personId: string): Promise<ContextErasure[]> {
    const now = this.clock.now();
    const previews: ContextErasure[] = [];
    for (const context of this.registry.inErasureOrder()) {
      previews.push({
        context: context.context,
        steps: await context.previewErasure({ manager, personId, now }),
      });
    }
    return previews;
  }
}
