import { Actor, PersonRow, PersonView, personView } from '@zyklus/identity';
import { CONTACT_PAIRING, PairingSide, PairingStatus } from '../buddy-enums';
import { notesArePrivate, notInPair } from '../buddy.errors';

/** The two people of a pairing and its status: all the policy needs. */
export interface PairFacts {
  readonly newCoordinatorId: string;
  readonly buddyId: string;
  readonly status: PairingStatus;
}

/**
 * The object-level rules of the buddy programme (DESIGN §4, §7), in one place for every path
 * (GraphQL, calendar feed, CSV export, web app): program managers see and change every pairing
 * of the programme, except what is the pair's alone — session notes; the two people of a pairing
 * see it, its sessions, goals and notes; each sees the other's email only while the pairing is
 * ACTIVE or PAUSED; anyone else learns nothing (FORBIDDEN whether or not it exists).
 */
export class PairingAccess {
  /** Which side `actor` is on, or null when they are not one of the two. */
  static sideOf(actor: Actor, pairing: PairFacts): PairingSide | null {
    if (actor.personId === pairing.newCoordinatorId) return PairingSide.NEW_COORDINATOR;
    if (actor.personId === pairing.buddyId) return PairingSide.BUDDY;
    return null;
  }

  static canSee(actor: Actor, pairing: PairFacts): boolean {
    return actor.isProgramManager || PairingAccess.sideOf(actor, pairing) !== null;
  }

  /** Reading a pairing: program managers and the pair. */
  static requireVisible(actor: Actor, pairing: PairFacts): void {
    if (!PairingAccess.canSee(actor, pairing)) throw notInPair();
  }

  /** Acting as one of the pair (answering, planning sessions, goals, feedback, reports). */
  static requireSide(actor: Actor, pairing: PairFacts): PairingSide {
    const side = PairingAccess.sideOf(actor, pairing);
    if (!side) throw notInPair();
    return side;
  }

  /** Notes: the pair alone, program managers included in the refusal. */
  static requireNotes(actor: Actor, pairing: PairFacts): void {
    if (PairingAccess.sideOf(actor, pairing) === null) {
      throw actor.isProgramManager ? notesArePrivate() : notInPair();
    }
  }

  static mayReadNotes(actor: Actor, pairing: PairFacts): boolean {
    return PairingAccess.sideOf(actor, pairing) !== null;
  }

  /**
   * One of the pair as `actor` may see them: their email for program managers and themselves
   * (personView), and for the other one of the pair while the pairing is ACTIVE or PAUSED.
   */
  static person(actor: Actor, pairing: PairFacts, person: PersonRow): PersonView {
    const view = personView(actor, person);
    if (view.visibleEmail !== null || view.erased) return view;
    const inPair = PairingAccess.sideOf(actor, pairing) !== null;
    return inPair && CONTACT_PAIRING.includes(pairing.status)
      ? { ...view, visibleEmail: person.email }
      : view;
  }
}
