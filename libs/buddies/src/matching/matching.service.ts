import { Injectable } from '@nestjs/common';
import { CohortService } from '@zyklus/cohorts';
import { Actor, personView, requireProgramManager } from '@zyklus/identity';
import { assign, greedy, Scored, total } from './assignment';
import { BuddySuggestions } from './matching.model';
import { BuddyFacts, MatchingFacts, NewcomerFacts } from './matching-facts';
import { score } from './score';

const CANDIDATES = 10;

/** Places a buddy has left for new proposals. */
export const freePlaces = (buddy: BuddyFacts) =>
  Math.max(0, buddy.capacity - buddy.load - buddy.proposed);

/**
 * Buddy suggestions for program managers: for each new coordinator of the cohort without a
 * pairing, the buddies with a free place ranked by score, and the assignment of the whole cohort
 * with the highest total score within capacities. A suggestion only: nothing is stored.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly facts: MatchingFacts,
    private readonly cohorts: CohortService,
  ) {}

  async suggestions(actor: Actor, cohortId: string): Promise<BuddySuggestions> {
    requireProgramManager(actor);
    await this.cohorts.get(actor, cohortId);
    const [allNewcomers, buddies] = await Promise.all([
      this.facts.newcomers(cohortId),
      this.facts.buddies(cohortId),
    ]);
    const newcomers = allNewcomers.filter((n) => !n.paired);
    const available = buddies.filter((b) => freePlaces(b) > 0);
    const scoredRows = newcomers.map((newcomer) => ({
      newcomer,
      ranked: available
        .map((buddy) => ({ buddy, ...score(newcomer, buddy) }))
        .sort(
          (a, b) => b.score - a.score || a.buddy.person.name.localeCompare(b.buddy.person.name),
        ),
    }));
    const matrix: Scored[] = scoredRows.map(({ newcomer, ranked }) => ({
      newcomerId: newcomer.personId,
      scores: new Map(ranked.map((r) => [r.buddy.personId, r.score])),
    }));
    const slots = available.map((b) => ({ buddyId: b.personId, free: freePlaces(b) }));
    const proposal = assign(matrix, slots);
    const byId = new Map(available.map((b) => [b.personId, b]));
    const newcomerById = new Map(newcomers.map((n) => [n.personId, n]));
    return {
      cohortId,
      newcomers: scoredRows.map(({ newcomer, ranked }) => ({
        newCoordinator: personView(actor, newcomer.person),
        networkName: newcomer.networkName,
        bundesland: newcomer.bundesland,
        topics: [...newcomer.topics],
        candidates: ranked.slice(0, CANDIDATES).map((r) => ({
          buddy: personView(actor, r.buddy.person),
          networkName: r.buddy.networkName,
          score: r.score,
          reasons: r.reasons,
          capacity: r.buddy.capacity,
          load: r.buddy.load,
          free: freePlaces(r.buddy),
        })),
      })),
      proposal: proposal.map((pair) => {
        const newcomer = newcomerById.get(pair.newcomerId)!;
        const buddy = byId.get(pair.buddyId)!;
        return {
          newCoordinator: personView(actor, newcomer.person),
          buddy: personView(actor, buddy.person),
          ...score(newcomer, buddy),
        };
      }),
      totalScore: total(proposal),
      greedyScore: total(greedy(matrix, slots)),
    };
  }

  /** Score and reasons of one pair, for a proposal. */
  static scoreOf(newcomer: NewcomerFacts, buddy: BuddyFacts) {
    return score(newcomer, buddy);
  }
}
