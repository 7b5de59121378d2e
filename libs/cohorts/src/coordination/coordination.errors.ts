import { BadUserInputError, ConflictError, NotFoundError } from '@zyklus/common';
import { germanDate } from '@zyklus/common';

export const coordinatorNotFound = () =>
  NotFoundError.of({ de: 'Person', en: 'Person' }, 'personId').because('COORDINATOR_NOT_FOUND');

export const coordinationOverlaps = (name: string, from: string, to: string | null) =>
  new ConflictError(
    {
      de: `${name} koordiniert dieses Netzwerk ${to ? `vom ${germanDate(from)} bis ${germanDate(to)}` : `seit dem ${germanDate(from)}`}; der neue Zeitraum muss danach beginnen.`,
      en: `${name} coordinates this network ${to ? `from ${from} to ${to}` : `since ${from}`}; the new period must start after that.`,
    },
    [
      {
        field: 'startDate',
        message: {
          de: 'Überschneidet sich mit einer anderen Koordination dieses Netzwerks.',
          en: 'Overlaps another coordination of this network.',
        },
      },
    ],
  ).because('COORDINATION_OVERLAPS');

export const alreadyCoordinating = (name: string) =>
  new ConflictError(
    {
      de: `${name} koordiniert dieses Netzwerk bereits.`,
      en: `${name} already coordinates this network.`,
    },
    [
      {
        field: 'personId',
        message: {
          de: 'Koordiniert dieses Netzwerk bereits.',
          en: 'Already coordinates this network.',
        },
      },
    ],
  ).because('ALREADY_COORDINATING');

export const noCurrentCoordinator = () =>
  new ConflictError(
    {
      de: 'Dieses Netzwerk hat gerade keine Koordination, die enden könnte.',
      en: 'This network has no current coordinator whose period could end.',
    },
    [
      {
        field: 'networkId',
        message: { de: 'Keine laufende Koordination.', en: 'No current coordination.' },
      },
    ],
  ).because('NO_CURRENT_COORDINATOR');

export const coordinationEndsBeforeStart = (start: string) =>
  BadUserInputError.field('endDate', {
    de: `Der letzte Tag darf nicht vor dem Beginn der Koordination (${germanDate(start)}) liegen.`,
    en: `The last day must not be before the coordination began (${start}).`,
  }).because('COORDINATION_ENDS_BEFORE_START');
