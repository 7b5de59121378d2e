import type { FeatureTexts } from '../../app/feature';

export const texts = {
  de: {
    nav: 'Personen',
    title: 'Personen und Rollen',
    search: 'Suche (Name oder E-Mail)',
    name: 'Name',
    email: 'E-Mail-Adresse',
    roles: 'Rollen',
    manager: 'Programmleitung',
    managerOf: '{{name}} ist Programmleitung',
    invite: 'Person einladen',
    language: 'Sprache',
    send: 'Einladen',
    invited: '{{name}} ist eingeladen; die Einladung ist per E-Mail unterwegs.',
    alumnus: 'Alumni',
  },
  en: {
    nav: 'People',
    title: 'People and roles',
    search: 'Search (name or email)',
    name: 'Name',
    email: 'Email address',
    roles: 'Roles',
    manager: 'Program manager',
    managerOf: '{{name}} is a program manager',
    invite: 'Invite a person',
    language: 'Language',
    send: 'Invite',
    invited: '{{name}} is invited; the invitation is on its way by mail.',
    alumnus: 'alumnus',
  },
} satisfies FeatureTexts;
