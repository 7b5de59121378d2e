import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { PeerGroupAccess } from '../access/peer-group-access';
import { RespondToPeerRoundInput } from '../inputs/peer-round.inputs';
import { PeerRoundStatus, RsvpAnswer } from '../peer-enums';
import { notAMemberOfGroup, roundAlreadyPast, roundNotPlanned } from '../peer-rounds.errors';
import { PeerRoundHooks } from './peer-round-hooks';
import { PeerRoundEntity, PeerRoundRsvpEntity } from './peer-round.entity';
import { dayOf, lockRound, membersOn } from './round-context';

/** Members answer yes/no/maybe before a round (signed in, or from the mailed link). */
@Injectable()
export class RsvpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PeerGroupAccess,
    private readonly clock: Clock,
    private readonly hooks: PeerRoundHooks,
  ) {}

  async respond(actor: Actor, input: RespondToPeerRoundInput): Promise<PeerRoundEntity> {
    return this.respondAs(actor.personId, input.roundId, input.answer);
  }

  /** The answer of `personId` (who must be a member on the round's day). */
  respondAs(personId: string, roundId: string, answer: RsvpAnswer): Promise<PeerRoundEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { round, group, timeZone } = await lockRound(manager, roundId);
      if (!(await membersOn(manager, group.id, dayOf(round, timeZone))).has(personId)) {
        throw notAMemberOfGroup();
      }
      if (round.status !== PeerRoundStatus.PLANNED) throw roundNotPlanned(round.status);
      if (round.startsAt <= this.clock.now()) throw roundAlreadyPast();
      await manager.upsert(PeerRoundRsvpEntity, { roundId, personId, answer }, [
        'roundId',
        'personId',
      ]);
      await this.hooks.notify({ change: 'RSVP', groupId: group.id, roundIds: [roundId], manager });
      return round;
    });
  }

  /** For the access check of pages: whether `actor` may answer for the round. */
  canAnswer(actor: Actor, round: PeerRoundEntity): Promise<boolean> {
    return this.access.canSeeContents(actor, round);
  }
}
