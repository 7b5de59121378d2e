import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '@zyklus/common';

export const exportNotFound = () =>
  NotFoundError.of({ de: 'Datenexport', en: 'Data export' }, 'id').because('EXPORT_NOT_FOUND');

export const exportNotYours = () =>
  new ForbiddenError({
    de: 'Dieser Datenexport ist für jemand anderen.',
    en: 'This data export is for someone else.',
  }).because('EXPORT_NOT_YOURS');

export const exportExpired = () =>
  new ConflictError({
    de: 'Der Download-Link ist abgelaufen; bitte fordern Sie einen neuen Export an.',
    en: 'The download link has expired; please request a new export.',
  }).because('EXPORT_EXPIRED');

export const confirmationMismatch = () =>
  BadUserInputError.field(
    'confirm',
    {
      de: 'Zur Bestätigung geben Sie bitte den Namen der Person genau so ein, wie er angezeigt wird.',
      en: 'To confirm, enter the person’s name exactly as shown.',
    },
    'CONFIRMATION_MISMATCH',
  );

export const erasureAlreadyRequested = () =>
  new ConflictError({
    de: 'Sie haben Ihre Löschung bereits beantragt.',
    en: 'You have already asked to be erased.',
  }).because('ERASURE_ALREADY_REQUESTED');

export const unknownDataClass = (dataClass: string) =>
  BadUserInputError.field(
    'dataClass',
    {
      de: `Unbekannte Datenklasse ${dataClass}.`,
      en: `Unknown data class ${dataClass}.`,
    },
    'UNKNOWN_DATA_CLASS',
  );

export const notPerProgramme = () =>
  BadUserInputError.field(
    'programmeId',
    {
      de: 'Diese Frist gilt für alle Programme und lässt sich nicht je Programm festlegen.',
      en: 'This period applies to all programmes and cannot be set per programme.',
    },
    'NOT_PER_PROGRAMME',
  );

export const programmeNotFound = () =>
  NotFoundError.of({ de: 'Programm', en: 'Programme' }, 'programmeId').because(
    'PROGRAMME_NOT_FOUND',
  );
