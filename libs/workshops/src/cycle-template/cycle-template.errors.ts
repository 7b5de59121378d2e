import { BadUserInputError } from '@zyklus/common';

export const durationNotInHalves = (index: number) =>
  BadUserInputError.field(`steps.${index}.durationDays`, {
    de: 'Die Dauer wird in halben Tagen angegeben, z. B. 1, 2 oder 2.5.',
    en: 'The duration is given in half days, e.g. 1, 2 or 2.5.',
  });

export const dayEndsBeforeStart = (index: number) =>
  BadUserInputError.field(`steps.${index}.dayEnd`, {
    de: 'Das Ende eines Tages muss nach seinem Beginn liegen.',
    en: 'A day must end after it starts.',
  });

export const unknownStep = (index: number) =>
  BadUserInputError.field(`steps.${index}.id`, {
    de: 'Diesen Schritt gibt es in der Vorlage dieses Programms nicht.',
    en: 'This programme’s template has no such step.',
  });

export const duplicateStep = (index: number) =>
  BadUserInputError.field(
    `steps.${index}.id`,
    {
      de: 'Dieser Schritt steht schon weiter oben in der Liste: Jeder Schritt kommt einmal vor.',
      en: 'This step is already further up the list: each step appears once.',
    },
    'DUPLICATE_STEP',
  );
