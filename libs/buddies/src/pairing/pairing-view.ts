import { Actor } from '@zyklus/identity';
import { PairingSide } from '../buddy-enums';
import { PairingAccess } from '../access/pairing-access';
import { BuddyPairing } from './pairing.model';
import { PairingRecord } from './pairing-records';

/**
 * A pairing as `actor` may see it (the caller has checked that they may see it at all): people
 * through the contact rule, the viewer's side. Notes are never part of a pairing's view.
 */
export function pairingView(actor: Actor, record: PairingRecord): BuddyPairing {
  const facts = {
    newCoordinatorId: record.newCoordinator.id,
    buddyId: record.buddy.id,
    status: record.status,
  };
  const declinedBy =
    record.declinedById === null
      ? null
      : record.declinedById === record.buddy.id
        ? PairingSide.BUDDY
        : PairingSide.NEW_COORDINATOR;
  return {
    id: record.id,
    cohortId: record.cohortId,
    cohortNumber: record.cohortNumber,
    timeZone: record.timeZone,
    status: record.status,
    newCoordinator: PairingAccess.person(actor, facts, record.newCoordinator),
    networkName: record.networkName,
    buddy: PairingAccess.person(actor, facts, record.buddy),
    mySide: PairingAccess.sideOf(actor, facts),
    score: record.score,
    reasons: record.reasons,
    proposedAt: record.proposedAt,
    newCoordinatorAcceptedAt: record.newCoordinatorAcceptedAt,
    buddyAcceptedAt: record.buddyAcceptedAt,
    activatedAt: record.activatedAt,
    declinedBy,
    declinedAt: record.declinedAt,
    declineReason: record.declineReason,
    withdrawnAt: record.withdrawnAt,
    pausedUntil: record.pausedUntil,
    endedAt: record.endedAt,
    endReason: record.endReason,
    endNote: record.endNote,
    sessionsHeld: record.sessionsHeld,
    lastSessionHeldAt: record.lastSessionHeldAt,
    openProblemReports: record.openProblemReports,
  };
}

export const factsOf = (record: PairingRecord) => ({
  newCoordinatorId: record.newCoordinator.id,
  buddyId: record.buddy.id,
  status: record.status,
});
