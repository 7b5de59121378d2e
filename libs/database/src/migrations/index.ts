import { Cohorts1795394456842 } from './1795394456842-Cohorts';
import { Identity1795395597409 } from './1795395597409-Identity';
import { Networks1795403461238 } from './1795403461238-Networks';
import { Workshops1795404433923 } from './1795404433923-Workshops';
import { Reminders1795405372206 } from './1795405372206-Reminders';
import { SignInTokenExpiry1796155673217 } from './1796155673217-SignInTokenExpiry';
import { WorkshopEnumChecks1796155678097 } from './1796155678097-WorkshopEnumChecks';
import { FacilitatorPersonIndex1796161543786 } from './1796161543786-FacilitatorPersonIndex';
import { ReminderTruth1796578241499 } from './1796578241499-ReminderTruth';
import { ReminderKindsGeneric1796589806138 } from './1796589806138-ReminderKindsGeneric';
import { WorkshopBundesland1796589841890 } from './1796589841890-WorkshopBundesland';
import { Buddies1796589962639 } from './1796589962639-Buddies';
import { PeerRounds1796590180527 } from './1796590180527-PeerRounds';
import { LocalCycles1796590364238 } from './1796590364238-LocalCycles';
import { Privacy1796590739973 } from './1796590739973-Privacy';
import { ReminderIdentityColumns1796591858682 } from './1796591858682-ReminderIdentityColumns';
import { ProgrammeNameAnyCase1796595665026 } from './1796595665026-ProgrammeNameAnyCase';
import { PeerMemberEndReason1796596160858 } from './1796596160858-PeerMemberEndReason';
import { ReminderContactRecipient1796600479042 } from './1796600479042-ReminderContactRecipient';

/** Every migration, oldest first. The app and the tests run exactly these. */
export const MIGRATIONS = [
  Cohorts1795394456842,
  Identity1795395597409,
  Networks1795403461238,
  Workshops1795404433923,
  Reminders1795405372206,
  SignInTokenExpiry1796155673217,
  WorkshopEnumChecks1796155678097,
  FacilitatorPersonIndex1796161543786,
  ReminderTruth1796578241499,
  ReminderKindsGeneric1796589806138,
  WorkshopBundesland1796589841890,
  Buddies1796589962639,
  PeerRounds1796590180527,
  LocalCycles1796590364238,
  Privacy1796590739973,
  ReminderIdentityColumns1796591858682,
  ProgrammeNameAnyCase1796595665026,
  PeerMemberEndReason1796596160858,
  ReminderContactRecipient1796600479042,
];
