import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, LocalizedText } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { DataSource, EntityManager } from 'typeorm';
import { PairingAccess } from '../access/pairing-access';
import { PairingSide, PairingStatus } from '../buddy-enums';
import {
  alreadyAnswered,
  beyondCapacity,
  pauseUntilInPast,
  transitionNotAllowed,
} from '../buddy.errors';
import { BuddyReminderTriggers } from '../reminders/buddy-reminder-triggers';
import { BuddyPairingEntity } from './buddy-pairing.entity';
import {
  DeclineBuddyPairingInput,
  EndBuddyPairingInput,
  PauseBuddyPairingInput,
} from './inputs/pairing.inputs';
import { PairingRecord, PairingRecords } from './pairing-records';
import { loadOf, lockPairing, lockProfiles } from './pairing-locks';

const ACTION = {
  accept: { de: 'annehmen', en: 'accepted' },
  decline: { de: 'ablehnen', en: 'declined' },
  withdraw: { de: 'zurückziehen', en: 'withdrawn' },
  pause: { de: 'pausieren', en: 'paused' },
  resume: { de: 'fortsetzen', en: 'resumed' },
  end: { de: 'beenden', en: 'ended' },
} satisfies Record<string, LocalizedText>;

/**
 * A pairing's lifecycle: PROPOSED → ACTIVE (both accepted) | DECLINED (either, with a reason) |
 * WITHDRAWN (a program manager); ACTIVE ⇄ PAUSED; ACTIVE or PAUSED → ENDED. Each change is one
 * transaction on the locked pairing row; the step to ACTIVE also locks the buddy's profile, so
 * parallel acceptances never give a buddy more active pairings than their capacity.
 */
@Injectable()
export class PairingLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: PairingRecords,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly triggers: BuddyReminderTriggers,
  ) {}

  /** One of the pair accepts; the second acceptance makes it ACTIVE if the buddy has room. */
  accept(actor: Actor, id: string): Promise<PairingRecord> {
    return this.change(actor, id, async (pairing, manager) => {
      const side = PairingAccess.requireSide(actor, pairing);
      this.require(pairing, [PairingStatus.PROPOSED], ACTION.accept);
      const now = this.clock.now();
      if (side === PairingSide.BUDDY) {
        if (pairing.buddyAcceptedAt) throw alreadyAnswered();
        pairing.buddyAcceptedAt = now;
      } else {
        if (pairing.newCoordinatorAcceptedAt) throw alreadyAnswered();
        pairing.newCoordinatorAcceptedAt = now;
      }
      if (pairing.buddyAcceptedAt && pairing.newCoordinatorAcceptedAt) {
        await lockProfiles(manager, [pairing.buddyId]);
        const [profile] = await manager.query<{ capacity: number }[]>(
          `SELECT capacity FROM buddy_profile WHERE person_id = $1`,
          [pairing.buddyId],
        );
        if ((await loadOf(manager, pairing.buddyId)) >= (profile?.capacity ?? 0)) {
          throw beyondCapacity('id');
        }
        pairing.status = PairingStatus.ACTIVE;
        pairing.activatedAt = now;
      }
    });
  }

  decline(actor: Actor, input: DeclineBuddyPairingInput): Promise<PairingRecord> {
    return this.change(actor, input.id, (pairing) => {
      PairingAccess.requireSide(actor, pairing);
      this.require(pairing, [PairingStatus.PROPOSED], ACTION.decline);
      pairing.status = PairingStatus.DECLINED;
      pairing.declinedById = actor.personId;
      pairing.declinedAt = this.clock.now();
      pairing.declineReason = input.reason;
    });
  }

  withdraw(actor: Actor, id: string): Promise<PairingRecord> {
    requireProgramManager(actor);
    return this.change(actor, id, (pairing) => {
      this.require(pairing, [PairingStatus.PROPOSED], ACTION.withdraw);
      pairing.status = PairingStatus.WITHDRAWN;
      pairing.withdrawnById = actor.personId;
      pairing.withdrawnAt = this.clock.now();
    });
  }

  pause(actor: Actor, input: PauseBuddyPairingInput): Promise<PairingRecord> {
    return this.change(actor, input.id, (pairing) => {
      this.require(pairing, [PairingStatus.ACTIVE], ACTION.pause);
      if (input.until <= this.clock.today(this.config.timeZone)) throw pauseUntilInPast();
      pairing.status = PairingStatus.PAUSED;
      pairing.pausedUntil = input.until;
    });
  }

  resume(actor: Actor, id: string): Promise<PairingRecord> {
    return this.change(actor, id, (pairing) => {
      this.require(pairing, [PairingStatus.PAUSED], ACTION.resume);
      pairing.status = PairingStatus.ACTIVE;
      pairing.pausedUntil = null;
    });
  }

  end(actor: Actor, input: EndBuddyPairingInput): Promise<PairingRecord> {
    return this.change(actor, input.id, (pairing) => {
      this.require(pairing, [PairingStatus.ACTIVE, PairingStatus.PAUSED], ACTION.end);
      pairing.status = PairingStatus.ENDED;
      pairing.pausedUntil = null;
      pairing.endedAt = this.clock.now();
      pairing.endReason = input.reason;
      pairing.endNote = input.note ?? null;
      pairing.endedById = actor.personId;
    });
  }

  private require(pairing: BuddyPairingEntity, from: PairingStatus[], action: LocalizedText) {
    if (!from.includes(pairing.status)) throw transitionNotAllowed(pairing.status, action);
  }

  /** Locks the pairing (access checked), applies `apply`, saves, and reads the record back. */
  private change(
    actor: Actor,
    id: string,
    apply: (pairing: BuddyPairingEntity, manager: EntityManager) => void | Promise<void>,
  ): Promise<PairingRecord> {
    return this.dataSource.transaction(async (manager) => {
      const pairing = await lockPairing(manager, actor, id);
      await apply(pairing, manager);
      await manager.save(pairing);
      await this.triggers.pairingsChanged(manager, [pairing.id]);
      return (await this.records.one(pairing.id, manager))!;
    });
  }
}
