import { Actor } from '@zyklus/identity';
import { EntityManager } from 'typeorm';
import { pairingNotFound, notInPair } from '../buddy.errors';
import { PairingAccess } from '../access/pairing-access';
import { BuddyPairingEntity } from './buddy-pairing.entity';

/**
 * Reads a pairing for a change and locks its row until the transaction ends. Someone who is
 * neither one of the pair nor a program manager learns nothing: FORBIDDEN whether or not the
 * id exists; program managers get NOT_FOUND for unknown ids.
 */
export async function lockPairing(
  manager: EntityManager,
  actor: Actor,
  id: string,
  field = 'id',
): Promise<BuddyPairingEntity> {
  const pairing = await manager.findOne(BuddyPairingEntity, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!pairing) throw actor.isProgramManager ? pairingNotFound(field) : notInPair();
  PairingAccess.requireVisible(actor, pairing);
  return pairing;
}

/** Locks a buddy's profile row: capacity checks of one buddy run one after another. */
export async function lockProfiles(manager: EntityManager, personIds: readonly string[]) {
  if (!personIds.length) return;
  await manager.query(
    `SELECT person_id FROM buddy_profile WHERE person_id = ANY($1::uuid[]) ORDER BY person_id FOR UPDATE`,
    [[...new Set(personIds)]],
  );
}

/** ACTIVE and PAUSED pairings of a buddy, read after their profile is locked. */
export async function loadOf(manager: EntityManager, buddyId: string): Promise<number> {
  const [row] = await manager.query<{ load: number }[]>(
    `SELECT count(*)::int AS load FROM buddy_pairing WHERE buddy_id = $1 AND status IN ('ACTIVE', 'PAUSED')`,
    [buddyId],
  );
  return row!.load;
}
