import type { FeatureTexts } from '../../app/feature';

export const texts = {
  de: {
    title: 'Anwesenheit: {{number}}. Durchgang',
    intro:
      'Wählen Sie je Netzwerk und Workshop, wer teilgenommen hat; „Speichern“ erfasst alles auf einmal.',
    network: 'Netzwerk',
    progress: 'Pflicht',
    cell: '{{network}} bei {{workshop}}',
    save: 'Anwesenheit speichern ({{count}} Änderungen)',
    saved: 'Die Anwesenheit ist gespeichert.',
    none: 'Noch keine veröffentlichten Workshops.',
  },
  en: {
    title: 'Attendance: cohort {{number}}',
    intro: 'Choose for each network and workshop who attended; “Save” records everything at once.',
    network: 'Network',
    progress: 'Required',
    cell: '{{network}} at {{workshop}}',
    save: 'Save attendance ({{count}} changes)',
    saved: 'The attendance is saved.',
    none: 'No published workshops yet.',
  },
} satisfies FeatureTexts;
