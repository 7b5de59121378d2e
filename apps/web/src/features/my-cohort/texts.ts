import type { FeatureTexts } from '../../app/feature';

export const texts = {
  de: {
    nav: 'Mein Durchgang',
    title: 'Mein Qualifizierungsdurchgang',
    none: 'Ihr Netzwerk nimmt an keinem Qualifizierungsdurchgang teil.',
    cohort: '{{number}}. Qualifizierungsdurchgang: {{title}}',
    period: '{{start}} bis {{end}}',
    yourNetwork: 'Ihr Netzwerk: {{network}} ({{status}})',
    fellows: 'Die Netzwerke dieses Durchgangs',
  },
  en: {
    nav: 'My cohort',
    title: 'My cohort',
    none: 'Your network does not take part in a cohort.',
    cohort: 'Cohort {{number}}: {{title}}',
    period: '{{start}} to {{end}}',
    yourNetwork: 'Your network: {{network}} ({{status}})',
    fellows: 'The networks of this cohort',
  },
} satisfies FeatureTexts;
