import { Bundesland, BUNDESLAND_NAMES, NetworkKind } from '@zyklus/cohorts';
import { BuddyTopic, BUDDY_TOPIC_NAMES } from '../buddy-enums';
import { areNeighbours } from './bundesland-neighbours';

/** Why a buddy scores for a new coordinator: one reason, its points and a readable detail. */
export interface ScoreReason {
  code: ScoreReasonCode;
  points: number;
  /** e.g. "Sachsen-Anhalt" or "Förderung, Wirkungslogik". */
  detail: string;
}

export enum ScoreReasonCode {
  SAME_BUNDESLAND = 'SAME_BUNDESLAND',
  TRAVELS_TO_BUNDESLAND = 'TRAVELS_TO_BUNDESLAND',
  NEIGHBOURING_BUNDESLAND = 'NEIGHBOURING_BUNDESLAND',
  SAME_NETWORK_KIND = 'SAME_NETWORK_KIND',
  SHARED_TOPICS = 'SHARED_TOPICS',
  LANGUAGE = 'LANGUAGE',
  LOAD = 'LOAD',
}

/** Points per reason: a place nearby counts most, then topics, language, network kind. */
export const POINTS = {
  SAME_BUNDESLAND: 40,
  TRAVELS_TO_BUNDESLAND: 25,
  NEIGHBOURING_BUNDESLAND: 20,
  SAME_NETWORK_KIND: 10,
  PER_SHARED_TOPIC: 10,
  LANGUAGE: 15,
  /** Subtracted per pairing the buddy already has. */
  PER_CURRENT_PAIRING: -5,
} as const;

/** What matching knows of a new coordinator. */
export interface Newcomer {
  personId: string;
  bundesland: Bundesland;
  networkKind: NetworkKind;
  language: string;
  topics: readonly BuddyTopic[];
}

/** What matching knows of a buddy. */
export interface BuddyOffer {
  personId: string;
  /** The state and kind of the network the buddy coordinated (or coordinates). */
  bundesland: Bundesland | null;
  networkKind: NetworkKind | null;
  travelsTo: readonly Bundesland[];
  languages: readonly string[];
  topics: readonly BuddyTopic[];
  capacity: number;
  /** ACTIVE and PAUSED pairings now. */
  load: number;
}

/** The score of `buddy` for `newcomer`, with every reason that counted. Pure. */
export function score(
  newcomer: Newcomer,
  buddy: BuddyOffer,
): { score: number; reasons: ScoreReason[] } {
  const reasons: ScoreReason[] = [];
  const state = BUNDESLAND_NAMES[newcomer.bundesland];
  if (buddy.bundesland === newcomer.bundesland) {
    reasons.push({
      code: ScoreReasonCode.SAME_BUNDESLAND,
      points: POINTS.SAME_BUNDESLAND,
      detail: state,
    });
  } else if (buddy.travelsTo.includes(newcomer.bundesland)) {
    reasons.push({
      code: ScoreReasonCode.TRAVELS_TO_BUNDESLAND,
      points: POINTS.TRAVELS_TO_BUNDESLAND,
      detail: state,
    });
  } else if (buddy.bundesland && areNeighbours(buddy.bundesland, newcomer.bundesland)) {
    reasons.push({
      code: ScoreReasonCode.NEIGHBOURING_BUNDESLAND,
      points: POINTS.NEIGHBOURING_BUNDESLAND,
      detail: `${BUNDESLAND_NAMES[buddy.bundesland]} – ${state}`,
    });
  }
  if (buddy.networkKind === newcomer.networkKind) {
    reasons.push({
      code: ScoreReasonCode.SAME_NETWORK_KIND,
      points: POINTS.SAME_NETWORK_KIND,
      detail: newcomer.networkKind,
    });
  }
  const shared = newcomer.topics.filter((topic) => buddy.topics.includes(topic));
  if (shared.length) {
    reasons.push({
      code: ScoreReasonCode.SHARED_TOPICS,
      points: shared.length * POINTS.PER_SHARED_TOPIC,
      detail: shared.map((topic) => BUDDY_TOPIC_NAMES[topic].de).join(', '),
    });
  }
  if (buddy.languages.includes(newcomer.language)) {
    reasons.push({
      code: ScoreReasonCode.LANGUAGE,
      points: POINTS.LANGUAGE,
      detail: newcomer.language,
    });
  }
  if (buddy.load > 0) {
    reasons.push({
      code: ScoreReasonCode.LOAD,
      points: buddy.load * POINTS.PER_CURRENT_PAIRING,
      detail: `${buddy.load}/${buddy.capacity}`,
    });
  }
  return { score: reasons.reduce((sum, r) => sum + r.points, 0), reasons };
}
