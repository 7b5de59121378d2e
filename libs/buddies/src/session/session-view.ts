import { Actor } from '@zyklus/identity';
import { PairFacts, PairingAccess } from '../access/pairing-access';
import { PairingSide } from '../buddy-enums';
import { BuddySessionEntity } from './buddy-session.entity';
import { BuddySession } from './session.model';

/** A session as `actor` may see it: notes and link for the pair alone. */
export function sessionView(
  actor: Actor,
  pairing: PairFacts,
  session: BuddySessionEntity,
): BuddySession {
  const inPair = PairingAccess.mayReadNotes(actor, pairing);
  return {
    id: session.id,
    pairingId: session.pairingId,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    format: session.format,
    place: session.place,
    onlineUrl: inPair ? session.onlineUrl : null,
    topic: session.topic,
    status: session.status,
    sequence: session.sequence,
    plannedBy:
      session.plannedById === pairing.buddyId ? PairingSide.BUDDY : PairingSide.NEW_COORDINATOR,
    cancellationReason: session.cancellationReason,
    notes: inPair ? session.notes : null,
  };
}
