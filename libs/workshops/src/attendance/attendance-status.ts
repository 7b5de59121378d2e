import { registerEnumType } from '@nestjs/graphql';

export enum AttendanceStatus {
  REGISTERED = 'REGISTERED',
  ATTENDED = 'ATTENDED',
  EXCUSED = 'EXCUSED',
  NO_SHOW = 'NO_SHOW',
}

registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  description: 'A coordinator’s attendance at a workshop.',
  valuesMap: {
    REGISTERED: { description: 'Angemeldet: expected (default once published).' },
    ATTENDED: { description: 'Teilgenommen: was there.' },
    EXCUSED: { description: 'Entschuldigt: excused absence.' },
    NO_SHOW: { description: 'Nicht erschienen: absent without notice.' },
  },
});
