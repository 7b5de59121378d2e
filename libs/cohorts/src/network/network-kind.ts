import { registerEnumType } from '@nestjs/graphql';

/** What kind of regional network organisation this is. */
export enum NetworkKind {
  MINT_REGION = 'MINT_REGION',
  MINT_CLUSTER = 'MINT_CLUSTER',
  ZDI_ZENTRUM = 'ZDI_ZENTRUM',
  OTHER = 'OTHER',
}

registerEnumType(NetworkKind, {
  name: 'NetworkKind',
  description: 'Kind of network.',
  valuesMap: {
    MINT_REGION: { description: 'MINT-Region.' },
    MINT_CLUSTER: { description: 'MINT-Cluster.' },
    ZDI_ZENTRUM: { description: 'zdi-Zentrum (Zukunft durch Innovation, NRW).' },
    OTHER: { description: 'Another kind of network.' },
  },
});

/** How people read the kind, e.g. in the participants export. */
export const NETWORK_KIND_LABELS: Record<NetworkKind, { de: string; en: string }> = {
  MINT_REGION: { de: 'MINT-Region', en: 'STEM region' },
  MINT_CLUSTER: { de: 'MINT-Cluster', en: 'STEM cluster' },
  ZDI_ZENTRUM: { de: 'zdi-Zentrum', en: 'zdi centre' },
  OTHER: { de: 'Sonstiges Netzwerk', en: 'Other network' },
};
