import { TooManyRequestsError, UnauthenticatedError } from '@zyklus/common';

const linkProblem = (de: string, en: string) =>
  new UnauthenticatedError({ de, en }, [{ field: 'token', message: { de, en } }]);

export const linkInvalid = () =>
  linkProblem(
    'Dieser Anmeldelink ist ungültig. Bitte fordern Sie einen neuen an.',
    'This sign-in link is invalid. Please request a new one.',
  ).because('LINK_INVALID');

export const linkUsed = () =>
  linkProblem(
    'Dieser Anmeldelink wurde schon verwendet. Bitte fordern Sie einen neuen an.',
    'This sign-in link has already been used. Please request a new one.',
  ).because('LINK_USED');

export const linkExpired = () =>
  linkProblem(
    'Dieser Anmeldelink ist abgelaufen. Bitte fordern Sie einen neuen an.',
    'This sign-in link has expired. Please request a new one.',
  ).because('LINK_EXPIRED');

export const tooManyRequests = (minutes: number) =>
  new TooManyRequestsError({
    de: `Zu viele Anmeldeversuche. Bitte versuchen Sie es in ${minutes} Minuten noch einmal.`,
    en: `Too many sign-in attempts. Please try again in ${minutes} minutes.`,
  }).because('TOO_MANY_REQUESTS');
