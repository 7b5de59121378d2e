/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new goal of a pair. */
export type AddBuddyGoalInput = {
  /** The pairing (Buddy-Tandem). */
  pairingId: string | number;
  /** 1–500 characters. */
  text: string;
};

/** A MINT-Initiative a coordinator adds to their network. */
export type AddInitiativeInput = {
  /** Add (or rename) even though a similar initiative of the network exists (see similarInitiatives); without it such a change is refused with reason POSSIBLE_DUPLICATE. */
  addAnyway?: boolean;
  /** City (1–100 characters). */
  city: string;
  /** The contact person; null removes them (coordinators only). */
  contact?: InitiativeContactInput | null | undefined;
  /** Kind of initiative. */
  kind: InitiativeKind;
  /** Name (1–200 characters). */
  name: string;
  /** The network it belongs to. */
  networkId: string | number;
  /** Website (http/https); null removes it. */
  website?: string | null | undefined;
};

/** A person joins a group. */
export type AddPeerGroupMemberInput = {
  /** First day; default today. Only rounds from this day on are theirs. */
  fromDate?: string | null | undefined;
  /** The group. */
  groupId: string | number;
  /** The person. */
  personId: string | number;
};

/** Explicit roles for a round (replacing the previous ones). */
export type AssignPeerRolesInput = {
  /** Fallgeber:innen (zero or more). */
  caseGiverIds: Array<string | number>;
  /** Moderation. */
  moderatorId?: string | number | null | undefined;
  /** The round. */
  roundId: string | number;
  /** Protokoll. */
  secretaryId?: string | number | null | undefined;
};

/** One network’s attendance at the workshop. */
export type AttendanceEntryInput = {
  /** The network’s participation in the workshop’s cohort. */
  participationId: string | number;
  /** What is recorded for the network. */
  status: AttendanceStatus;
};

/** A coordinator’s attendance at a workshop. */
export type AttendanceStatus =
  /** Teilgenommen: was there. */
  | 'ATTENDED'
  /** Entschuldigt: excused absence. */
  | 'EXCUSED'
  /** Nicht erschienen: absent without notice. */
  | 'NO_SHOW'
  /** Angemeldet: expected (default once published). */
  | 'REGISTERED';

/** A topic a buddy can help with (the programme list). */
export type BuddyTopic =
  /** Förderung */
  | 'FOERDERUNG'
  /** Initiativen ansprechen */
  | 'INITIATIVEN_ANSPRECHEN'
  /** Öffentlichkeitsarbeit */
  | 'OEFFENTLICHKEITSARBEIT'
  /** Wirkungslogik */
  | 'WIRKUNGSLOGIK'
  /** Workshop-Zyklus vor Ort */
  | 'WORKSHOP_ZYKLUS_VOR_ORT';

/** One of the 16 German states. */
export type Bundesland =
  /** Baden-Württemberg */
  | 'BADEN_WUERTTEMBERG'
  /** Bayern */
  | 'BAYERN'
  /** Berlin */
  | 'BERLIN'
  /** Brandenburg */
  | 'BRANDENBURG'
  /** Bremen */
  | 'BREMEN'
  /** Hamburg */
  | 'HAMBURG'
  /** Hessen */
  | 'HESSEN'
  /** Mecklenburg-Vorpommern */
  | 'MECKLENBURG_VORPOMMERN'
  /** Niedersachsen */
  | 'NIEDERSACHSEN'
  /** Nordrhein-Westfalen */
  | 'NORDRHEIN_WESTFALEN'
  /** Rheinland-Pfalz */
  | 'RHEINLAND_PFALZ'
  /** Saarland */
  | 'SAARLAND'
  /** Sachsen */
  | 'SACHSEN'
  /** Sachsen-Anhalt */
  | 'SACHSEN_ANHALT'
  /** Schleswig-Holstein */
  | 'SCHLESWIG_HOLSTEIN'
  /** Thüringen */
  | 'THUERINGEN';

/** Cancelling a planned session; the other gets a cancellation. */
export type CancelBuddySessionInput = {
  /** Unique id. */
  id: string | number;
  /** Why. */
  reason?: string | null | undefined;
};

/** A local workshop is called off. */
export type CancelLocalWorkshopInput = {
  /** The local workshop. */
  id: string | number;
  /** Why (required; invitees are told). */
  reason: string;
};

/** A round is called off; its cases go back to the queue. */
export type CancelPeerRoundInput = {
  /** Why (1–1000 characters); members read it. */
  reason: string;
  /** The round. */
  roundId: string | number;
};

/** A workshop is called off. */
export type CancelWorkshopInput = {
  /** The workshop to cancel. */
  id: string | number;
  /** Why (required); participants are told. */
  reason: string;
};

/** Moves a local cycle on: PLANNED → RUNNING → COMPLETED, or CANCELLED. */
export type ChangeLocalCycleStatusInput = {
  /** The local cycle. */
  id: string | number;
  /** RUNNING, COMPLETED or CANCELLED. */
  status: LocalCycleStatus;
};

/** A group’s next status. */
export type ChangePeerGroupStatusInput = {
  /** The group. */
  groupId: string | number;
  /** ACTIVE or ENDED. */
  status: PeerGroupStatus;
};

/** A new self-analysis phase for an enrolled initiative. */
export type ChangeSelfAnalysisPhaseInput = {
  /** The enrolment. */
  enrolmentId: string | number;
  /** The new phase (forward or back). */
  phase: SelfAnalysisPhase;
  /** Why (required when going back; up to 1000 characters). */
  reason?: string | null | undefined;
};

/** Status of a cohort: PLANNED → RUNNING → COMPLETED, or CANCELLED. */
export type CohortStatus =
  /** Abgesagt: called off; final. */
  | 'CANCELLED'
  /** Abgeschlossen: finished; final. */
  | 'COMPLETED'
  /** Geplant: scheduled, not started. */
  | 'PLANNED'
  /** Läuft: the cycle is under way. */
  | 'RUNNING';

/** A participation reached the end of the cycle. */
export type CompleteParticipationInput = {
  /** Day of completion, from the cohort’s start to today (in the programme’s time zone); default today. */
  completedOn?: string | null | undefined;
  /** The participation that is completed. */
  id: string | number;
};

/** New coordinators and alumni; the buddy programme pairs them. */
export type CoordinatorExperience =
  /** Erfahren: completed an earlier cohort (alumnus). */
  | 'EXPERIENCED'
  /** Neu: has not completed an earlier cohort. */
  | 'NEW';

/** A local workshop added by hand (planning adds the template’s). */
export type CreateLocalWorkshopInput = {
  /** The place’s Bundesland when it is not the network’s; null: the network’s. */
  bundesland?: Bundesland | null | undefined;
  /** At least one day, in order. */
  days: Array<WorkshopDayInput>;
  /** In person, online or hybrid. */
  format: WorkshopFormat;
  /** The local cycle. */
  localCycleId: string | number;
  /** Video-conference link (https). */
  onlineUrl?: string | null | undefined;
  /** Where (in person, hybrid). */
  place?: PlaceInput | null | undefined;
  /** Title (1–200 characters). */
  title: string;
};

/** A new reminder rule, for a programme, one of its cohorts, or one scope its kind declares (e.g. a peer group). */
export type CreateReminderRuleInput = {
  /** Whether the offset counts from start or end. */
  anchor?: ReminderAnchor;
  /** Who it writes to: one of the audiences its kind declares. */
  audience?: string;
  /** For one cohort only. */
  cohortId?: string | number | null | undefined;
  /** Whether it sends (false: switches a default off). */
  enabled?: boolean;
  /** Kind of event it mails about, as registered (reminderEventKinds). */
  eventKind?: string;
  /** For template NUDGE: which of its kind’s nudges (e.g. ATTENDANCE_NOT_RECORDED). */
  nudge?: string | null | undefined;
  /** Days; negative before (−366 to 366). */
  offsetDays?: number;
  /** Minutes; negative before (−10080 to 10080). */
  offsetMinutes?: number;
  /** The programme (also for a cohort rule). */
  programmeId: string | number;
  /** For a cohort (or scope) rule: the programme rule it replaces. */
  replacesRuleId?: string | number | null | undefined;
  /** For one scope its kind declares (e.g. a peer group) only, one of reminderScopeOptions; not together with cohortId. */
  scopeId?: string | number | null | undefined;
  /** The mail it sends. */
  template?: ReminderTemplate;
};

/** Declining a proposed pairing needs a reason. */
export type DeclineBuddyPairingInput = {
  /** Unique id. */
  id: string | number;
  /** Why (the other one and the program managers read it). */
  reason: string;
};

/** Ending an active or paused pairing. */
export type EndBuddyPairingInput = {
  /** Unique id. */
  id: string | number;
  /** A note on why. */
  note?: string | null | undefined;
  /** Why. */
  reason: PairingEndReason;
};

/** A member leaves a group; their history stays. */
export type EndPeerGroupMembershipInput = {
  /** The group. */
  groupId: string | number;
  /** The person. */
  personId: string | number;
  /** Last day; default today. */
  toDate?: string | null | undefined;
};

/** Enrols several initiatives of the network in a local cycle at once. */
export type EnrolInitiativesInput = {
  /** The initiatives (1–200, of the cycle’s network); ones already in it are kept. */
  initiativeIds: Array<string | number>;
  /** The local cycle. */
  localCycleId: string | number;
  /** INVITED or ENROLLED. */
  status?: EnrolmentStatus;
};

/** Status of an initiative in a local cycle. */
export type EnrolmentStatus =
  /** Abgeschlossen. */
  | 'COMPLETED'
  /** Angemeldet: takes part. */
  | 'ENROLLED'
  /** Eingeladen. */
  | 'INVITED'
  /** Zurückgezogen. */
  | 'WITHDRAWN';

/** What an erasure (or a retention run) does to one kind of row. */
export type ErasureAction =
  /** The rows stay without the person’s name, address and texts. */
  | 'ANONYMISE'
  /** Something that ends with a reason (a membership, pending reminders). */
  | 'END'
  /** The rows stay, only counted (e.g. attendance counts). */
  | 'KEEP_AS_COUNT'
  /** The rows are deleted. */
  | 'REMOVE';

/** A person of Zyklus (personId) or an external guest (name). */
export type FacilitatorInput = {
  /** What they contribute, e.g. "half-day input on impact measurement" (up to 300). */
  contribution?: string | null | undefined;
  /** An external guest’s name. */
  name?: string | null | undefined;
  /** Their organisation (up to 200 characters). */
  organisation?: string | null | undefined;
  /** A person of Zyklus who facilitates. */
  personId?: string | number | null | undefined;
};

/** A new peer group, formed by a program manager. */
export type FormPeerGroupInput = {
  /** The cohorts it draws from (one or several). */
  cohortIds: Array<string | number>;
  /** The first members (3–9 recommended; outside that range the group warns). */
  members: Array<PeerMemberInput>;
  /** How the group works. */
  method: PeerGroupMethod;
  /** The group’s name (1–200 characters). */
  name: string;
  /** The programme. */
  programmeId: string | number;
};

/** One side's feedback when a pairing has ended. */
export type GiveBuddyFeedbackInput = {
  /** The pairing (Buddy-Tandem). */
  pairingId: string | number;
  /** 1 (poor) to 5 (very good). */
  rating: number;
  /** Up to 2000 characters. */
  text?: string | null | undefined;
};

/** Feedback on a held round: once per member. */
export type GivePeerFeedbackInput = {
  /** 1 (poor) to 5 (very good). */
  rating: number;
  /** A reflection (up to 5000). */
  reflection?: string | null | undefined;
  /** The round. */
  roundId: string | number;
};

/** Whether a pairing goal (Tandem-Ziel) is reached. */
export type GoalStatus =
  /** Reached. */
  | 'DONE'
  /** Not yet reached. */
  | 'OPEN';

/** An initiative’s contact person (only its network’s coordinator sees it). */
export type InitiativeContactInput = {
  /** The day they agreed to receive mails from Zyklus (reminders, invitations). Without it, no mail ever goes to them. */
  consentOn?: string | null | undefined;
  /** Email address. */
  email: string;
  /** Language of their mails. */
  language?: Language;
  /** Name (1–200 characters). */
  name: string;
};

/** Kind of MINT-Initiative. */
export type InitiativeKind =
  /** Hochschule */
  | 'HOCHSCHULE'
  /** Museum/Science Center */
  | 'MUSEUM'
  /** Schülerlabor */
  | 'SCHUELERLABOR'
  /** Schul-AG */
  | 'SCHUL_AG'
  /** Sonstiges */
  | 'SONSTIGES'
  /** Unternehmen */
  | 'UNTERNEHMEN'
  /** Verein */
  | 'VEREIN';

/** Invites initiatives’ contact persons to a published local workshop. */
export type InviteContactsInput = {
  /** Initiatives of the cycle whose contact person agreed to emails (1–200); any other is refused (NO_CONTACT, NO_CONSENT). */
  initiativeIds: Array<string | number>;
  /** The published local workshop. */
  localWorkshopId: string | number;
};

/** A person to add to Zyklus; they receive an invitation by mail. */
export type InvitePersonInput = {
  /** Email address; unique regardless of case. */
  email: string;
  /** Full name (1–200 characters). */
  name: string;
  /** German by default. */
  preferredLanguage?: Language;
  /** Roles to grant; none for coordinators and buddies. Only admins grant ADMIN. */
  roles?: Array<Role>;
};

/** Language of people-facing text (mails, messages): German by default, or English. */
export type Language =
  /** Deutsch (default) */
  | 'DE'
  /** English */
  | 'EN';

/** One cell of the attendance matrix: a workshop and an initiative. */
export type LocalAttendanceCellInput = {
  /** How many people came (0–500). */
  headCount?: number | null | undefined;
  /** The initiative (enrolled in the cycle). */
  initiativeId: string | number;
  /** The local workshop (published or held). */
  localWorkshopId: string | number;
  /** null clears the cell. */
  status?: LocalAttendanceStatus | null | undefined;
};

/** Whether an initiative came to a local workshop. */
export type LocalAttendanceStatus =
  /** Teilgenommen. */
  | 'ATTENDED'
  /** Entschuldigt. */
  | 'EXCUSED'
  /** Nicht erschienen. */
  | 'NO_SHOW';

/** Status of a local workshop cycle (Workshop-Zyklus vor Ort). */
export type LocalCycleStatus =
  /** Abgesagt. */
  | 'CANCELLED'
  /** Abgeschlossen: read-only unless a program manager reopens it. */
  | 'COMPLETED'
  /** Geplant. */
  | 'PLANNED'
  /** Läuft. */
  | 'RUNNING';

/** Status of a local workshop (Workshop vor Ort). */
export type LocalWorkshopStatus =
  /** Abgesagt, with a reason. */
  | 'CANCELLED'
  /** Entwurf: only the coordinator sees it. */
  | 'DRAFT'
  /** Durchgeführt. */
  | 'HELD'
  /** Veröffentlicht: initiatives are invited. */
  | 'PUBLISHED';

/** A round moves: new day and times, optionally new place or link. */
export type MovePeerRoundInput = {
  /** The new day. */
  date: string;
  /** End, wall-clock time. */
  endTime: string;
  /** The round. */
  roundId: string | number;
  /** Start, wall-clock time. */
  startTime: string;
};

/** A network and a cohort. */
export type NetworkInCohortInput = {
  /** The cohort (Qualifizierungsdurchgang). */
  cohortId: string | number;
  /** The network (Netzwerk). */
  networkId: string | number;
};

/** One pair to propose. */
export type PairToPropose = {
  /** The buddy: an alumnus with a buddy profile. */
  buddyId: string | number;
  /** The new coordinator (of the cohort). */
  newCoordinatorId: string | number;
};

/** Why a buddy pairing ended. */
export type PairingEndReason =
  /** Completed (e.g. with the cohort). */
  | 'COMPLETED'
  /** One of the two left the programme. */
  | 'LEFT'
  /** No contact came about. */
  | 'NO_CONTACT'
  /** Another reason (see the note). */
  | 'OTHER'
  /** One of the two is not available. */
  | 'UNAVAILABLE';

/** Which side of a pairing a person is on. */
export type PairingSide =
  /** The buddy: an alumnus of an earlier cohort. */
  | 'BUDDY'
  /** The new coordinator of the cohort. */
  | 'NEW_COORDINATOR';

/** Where a buddy pairing (Buddy-Tandem) stands. */
export type PairingStatus =
  /** Both accepted: the pair meets. */
  | 'ACTIVE'
  /** Declined by one of the two, with a reason. */
  | 'DECLINED'
  /** Ended, with a reason; the history is kept. */
  | 'ENDED'
  /** Paused until a date. */
  | 'PAUSED'
  /** Proposed by a program manager; waiting for both to accept. */
  | 'PROPOSED'
  /** Withdrawn by a program manager before both accepted. */
  | 'WITHDRAWN';

/** Status of a participation: INVITED → ENROLLED → ACTIVE → COMPLETED, WAITLISTED while the cohort is full (or others wait before it), or WITHDRAWN. */
export type ParticipationStatus =
  /** Aktiv: going through the workshop cycle. */
  | 'ACTIVE'
  /** Abgeschlossen: completed the cycle; final. */
  | 'COMPLETED'
  /** Angemeldet: has a place in the cohort. */
  | 'ENROLLED'
  /** Eingeladen: invited, not yet enrolled. */
  | 'INVITED'
  /** Warteliste: wants to take part, the cohort is full. */
  | 'WAITLISTED'
  /** Abgemeldet: left, with reason and date; final. */
  | 'WITHDRAWN';

/** Pausing an active pairing until a day. */
export type PauseBuddyPairingInput = {
  /** Unique id. */
  id: string | number;
  /** The last day of the pause. */
  until: string;
};

/** Lifecycle of a case (Fall). */
export type PeerCaseStatus =
  /** Besprochen. */
  | 'DISCUSSED'
  /** In der Warteschlange. */
  | 'QUEUED'
  /** Für eine Runde eingeplant. */
  | 'SCHEDULED'
  /** Zurückgezogen. */
  | 'WITHDRAWN';

/** How a peer group (Runde) works. */
export type PeerGroupMethod =
  /** Kollegiale Fallberatung: a case giver, a moderator, fixed phases. */
  | 'KOLLEGIALE_FALLBERATUNG'
  /** Offener Austausch: open exchange without fixed phases. */
  | 'OPEN_EXCHANGE';

/** Lifecycle of a peer group: FORMING → ACTIVE → ENDED. */
export type PeerGroupStatus =
  /** Aktiv: the group meets. */
  | 'ACTIVE'
  /** Beendet: no more rounds; history kept. */
  | 'ENDED'
  /** In Gründung: members are being found. */
  | 'FORMING';

/** What peerGroupSuggestions should propose. */
export type PeerGroupSuggestionsInput = {
  /** The cohort whose coordinators are grouped. */
  cohortId: string | number;
  /** Members per group (3–9). */
  size: number;
};

/** A member of a new group. */
export type PeerMemberInput = {
  /** First day; default today. */
  fromDate?: string | null | undefined;
  /** The person. */
  personId: string | number;
};

/** A role in one round. */
export type PeerRole =
  /** Fallgeber:in: brings a case. */
  | 'CASE_GIVER'
  /** Moderation: leads through the phases. */
  | 'MODERATOR'
  /** Protokoll: keeps the minutes. */
  | 'SECRETARY';

/** Where a round happens. */
export type PeerRoundFormat =
  /** In Präsenz: with a place. */
  | 'IN_PERSON'
  /** Online: with a link. */
  | 'ONLINE';

/** Lifecycle of a peer round (Kollegiale Runde). */
export type PeerRoundStatus =
  /** Abgesagt: members were told; its cases went back to the queue. */
  | 'CANCELLED'
  /** Nicht stattgefunden. */
  | 'DID_NOT_HAPPEN'
  /** Stattgefunden: attendance recorded. */
  | 'HELD'
  /** Geplant. */
  | 'PLANNED';

/** Where an in-person or hybrid workshop happens. */
export type PlaceInput = {
  /** Street, postcode and city (up to 500 characters). */
  address?: string | null | undefined;
  /** E.g. "Körber-Stiftung, KörberForum" (1–200 characters). */
  name: string;
};

/** A session one of the pair plans; the other gets an invitation. */
export type PlanBuddySessionInput = {
  /** End, after the start. */
  endsAt: string;
  /** Online, in person or by phone. */
  format: SessionFormat;
  /** The link (online). */
  onlineUrl?: string | null | undefined;
  /** The pairing (Buddy-Tandem). */
  pairingId: string | number;
  /** Where they meet (in person). */
  place?: string | null | undefined;
  /** Start (an instant, e.g. 2026-12-10T17:00:00+01:00). */
  startsAt: string;
  /** What they want to talk about. */
  topic?: string | null | undefined;
};

/** Plans a cohort’s workshops from its programme’s template. */
export type PlanCohortCycleInput = {
  /** Where the cohort meets: no day is proposed on a public holiday of this Bundesland (weekends are always avoided). Stored on the planned workshops. */
  bundesland?: Bundesland | null | undefined;
  /** The cohort to plan. */
  cohortId: string | number;
  /** The first step’s first day (moved off a weekend or public holiday). */
  startDate: string;
};

/** Plans a network’s local cycle from the programme’s local template. */
export type PlanLocalCycleInput = {
  /** The network’s participation in the cohort. */
  participationId: string | number;
  /** The first step’s first day, moved off weekends and public holidays of the network’s Bundesland. */
  startDate: string;
};

/** One round, planned on its own. */
export type PlanPeerRoundInput = {
  /** The day, in the programme’s time zone. */
  date: string;
  /** End, wall-clock time (after the start). */
  endTime: string;
  /** Online or in person. */
  format: PeerRoundFormat;
  /** The group. */
  groupId: string | number;
  /** Link of an online round (https). */
  onlineUrl?: string | null | undefined;
  /** Place of an in-person round. */
  place?: string | null | undefined;
  /** Start, wall-clock time. */
  startTime: string;
};

/** A series of rounds: every N weeks from the first day at the same wall-clock time, `count` rounds or until a day (one of them; at most 52 rounds). Public holidays are left out. */
export type PlanPeerRoundsInput = {
  /** How many rounds (1–52). */
  count?: number | null | undefined;
  /** End, wall-clock time. */
  endTime: string;
  /** Every N weeks (1–12). */
  everyWeeks: number;
  /** The first round’s day. */
  firstDate: string;
  /** Online or in person. */
  format: PeerRoundFormat;
  /** The group. */
  groupId: string | number;
  /** Link of an online round (https). */
  onlineUrl?: string | null | undefined;
  /** Place of an in-person round. */
  place?: string | null | undefined;
  /** Start, wall-clock time (stays across DST). */
  startTime: string;
  /** The last possible day. */
  until?: string | null | undefined;
};

/** A privacy-relevant action in the audit log. */
export type PrivacyAction =
  /** Contact data left Zyklus in a bulk export. */
  | 'CONTACT_DATA_EXPORTED'
  /** A person asked to be erased. */
  | 'ERASURE_REQUESTED'
  /** An export was downloaded. */
  | 'EXPORT_DOWNLOADED'
  /** An export of a person’s data was made. */
  | 'EXPORT_REQUESTED'
  /** A person was erased (details: counts per area). */
  | 'PERSON_ERASED'
  /** A program manager changed a retention period. */
  | 'RETENTION_PERIOD_CHANGED'
  /** The daily retention job ran (details: counts per data class). */
  | 'RETENTION_RUN'
  /** A person’s stored roles changed. */
  | 'ROLES_CHANGED';

/** Pairings to propose in one cohort, one or many; all or none are stored. */
export type ProposeBuddyPairingsInput = {
  /** The cohort (Qualifizierungsdurchgang). */
  cohortId: string | number;
  /** The pairs: each new coordinator at most once. */
  pairs: Array<PairToPropose>;
};

/** A case a member brings to the group. Do not name third parties (describe people so nobody can recognise them). */
export type ProposePeerCaseInput = {
  /** The group. */
  groupId: string | number;
  /** The key question (Schlüsselfrage, 1–1000 characters). */
  keyQuestion: string;
  /** Optional background (up to 10000). */
  text?: string | null | undefined;
  /** Short title (1–200 characters). */
  title: string;
};

/** Attendance of many coordinators at one workshop, in one go. */
export type RecordAttendanceInput = {
  /** One entry per network (1–500). */
  entries: Array<AttendanceEntryInput>;
  /** The published or completed workshop. */
  workshopId: string | number;
};

/** The attendance matrix of a cohort, saved in one go: several workshops’ entries, all or nothing. */
export type RecordAttendanceMatrixInput = {
  /** One item per workshop with its changed entries (1–50 workshops). */
  workshops: Array<RecordAttendanceInput>;
};

/** Whether a session took place, marked after its start. */
export type RecordBuddySessionOutcomeInput = {
  /** Unique id. */
  id: string | number;
  /** Notes: the pair alone reads them. */
  notes?: string | null | undefined;
  /** HELD or DID_NOT_HAPPEN. */
  outcome: SessionOutcome;
};

/** After the round: whether it was held and who was there (bulk). */
export type RecordPeerAttendanceInput = {
  /** True: HELD; false: DID_NOT_HAPPEN (cases return to the queue). */
  held: boolean;
  /** The members who were there. */
  presentPersonIds: Array<string | number>;
  /** The round. */
  roundId: string | number;
};

/** Whether an offset counts from the event’s start or its end. */
export type ReminderAnchor =
  /** Ende: from the event’s end (its last day). */
  | 'END'
  /** Beginn: from the event’s start (its first day). */
  | 'START';

/** Where a reminder stands. */
export type ReminderStatus =
  /** No longer wanted (event cancelled, person left …), with the reason. */
  | 'CANCELLED'
  /** Every attempt failed; a program manager can retry it. */
  | 'FAILED'
  /** Due at its time (or retrying). */
  | 'PENDING'
  /** Accepted by the mail server; final. */
  | 'SENT'
  /** Not sent, with the reason; final. */
  | 'SKIPPED';

/** The mail a rule sends. */
export type ReminderTemplate =
  /** Nachbereitung: a follow-up after the event. */
  | 'FOLLOW_UP'
  /** Nachfassen: a nudge about something that did not happen (the rule’s nudge), skipped if it happened meanwhile. */
  | 'NUDGE'
  /** Erinnerung: a reminder before the event. */
  | 'REMINDER';

/** A program manager reopens a completed local cycle, saying why. */
export type ReopenLocalCycleInput = {
  /** The completed local cycle. */
  id: string | number;
  /** Why (1–1000 characters); recorded. */
  reason: string;
};

/** A problem one of the pair reports to the program managers. */
export type ReportBuddyProblemInput = {
  /** The pairing (Buddy-Tandem). */
  pairingId: string | number;
  /** Please end the pairing. */
  pleaseEnd?: boolean | null | undefined;
  /** What is wrong (1–2000 characters). */
  text: string;
};

/** Moving or changing a planned session; fields left out stay. */
export type RescheduleBuddySessionInput = {
  /** End (an instant). */
  endsAt?: string | null | undefined;
  /** Online, in person or by phone. */
  format?: SessionFormat | null | undefined;
  /** Unique id. */
  id: string | number;
  /** null removes it. */
  onlineUrl?: string | null | undefined;
  /** null removes it. */
  place?: string | null | undefined;
  /** Start (an instant). */
  startsAt?: string | null | undefined;
  /** What they want to talk about. */
  topic?: string | null | undefined;
};

/** New days for a local workshop. */
export type RescheduleLocalWorkshopInput = {
  /** At least one day, in order. */
  days: Array<WorkshopDayInput>;
  /** The draft or published local workshop. */
  id: string | number;
};

/** New days for a workshop. */
export type RescheduleWorkshopInput = {
  /** At least one day, in order. */
  days: Array<WorkshopDayInput>;
  /** The draft or published workshop. */
  id: string | number;
};

/** A member’s answer to a round. */
export type RespondToPeerRoundInput = {
  /** Ja, nein, vielleicht. */
  answer: RsvpAnswer;
  /** The round. */
  roundId: string | number;
};

/** A role stored on a person’s account. */
export type Role =
  /** Administrator: may also grant and revoke the ADMIN role. */
  | 'ADMIN'
  /** Programm-Manager:in: plans cohorts and workshops, sees everything. */
  | 'PROGRAM_MANAGER';

/** A member’s answer to a round (Zusage). */
export type RsvpAnswer =
  /** Vielleicht. */
  | 'MAYBE'
  /** Nein, ich kann nicht. */
  | 'NO'
  /** Ja, ich komme. */
  | 'YES';

/** The attendance matrix of a local cycle, saved in one go. */
export type SaveLocalAttendanceInput = {
  /** The cells to set (1–2000). */
  cells: Array<LocalAttendanceCellInput>;
  /** The local cycle. */
  localCycleId: string | number;
};

/** A queued case is scheduled for a planned, future round. */
export type SchedulePeerCaseInput = {
  /** The case. */
  caseId: string | number;
  /** The round. */
  roundId: string | number;
};

/** Why a buddy scores for a new coordinator. */
export type ScoreReasonCode =
  /** The buddy speaks the new coordinator's language. */
  | 'LANGUAGE'
  /** The buddy already has pairings (fewer points per pairing). */
  | 'LOAD'
  /** The buddy's Bundesland borders the new coordinator's. */
  | 'NEIGHBOURING_BUNDESLAND'
  /** The buddy's network is in the same Bundesland. */
  | 'SAME_BUNDESLAND'
  /** Both networks are of the same kind. */
  | 'SAME_NETWORK_KIND'
  /** Topics the new coordinator wishes and the buddy offers. */
  | 'SHARED_TOPICS'
  /** The buddy travels to the new coordinator's Bundesland. */
  | 'TRAVELS_TO_BUNDESLAND';

/** Phase of an initiative’s self-analysis, in order. */
export type SelfAnalysisPhase =
  /** beraten */
  | 'ADVISED'
  /** Verbesserung geplant */
  | 'IMPROVEMENT_PLANNED'
  /** nicht begonnen */
  | 'NOT_STARTED'
  /** in Vorbereitung */
  | 'PREPARING'
  /** reflektiert */
  | 'REFLECTED'
  /** Selbstanalyse durchgeführt */
  | 'SELF_ANALYSIS_DONE';

/** How a buddy session (Buddy-Treffen) happens. */
export type SessionFormat =
  /** In person, at a place. */
  | 'IN_PERSON'
  /** Online, with a link. */
  | 'ONLINE'
  /** By phone. */
  | 'PHONE';

/** What happened to a session, marked after its start. */
export type SessionOutcome =
  /** It did not take place. */
  | 'DID_NOT_HAPPEN'
  /** It took place. */
  | 'HELD';

/** Where a buddy session stands. */
export type SessionStatus =
  /** Cancelled beforehand. */
  | 'CANCELLED'
  /** It did not take place. */
  | 'DID_NOT_HAPPEN'
  /** It took place. */
  | 'HELD'
  /** Planned, not yet marked. */
  | 'PLANNED';

/** Marks a goal open or done. */
export type SetBuddyGoalStatusInput = {
  /** Unique id. */
  id: string | number;
  /** Where it stands. */
  status: GoalStatus;
};

/** The pair's notes on a session (only the two of them read them). */
export type SetBuddySessionNotesInput = {
  /** Unique id. */
  id: string | number;
  /** null removes them. */
  notes?: string | null | undefined;
};

/** Moves several enrolments of one cycle to a status at once. */
export type SetEnrolmentStatusInput = {
  /** Enrolments of that cycle (1–200). */
  enrolmentIds: Array<string | number>;
  /** The local cycle. */
  localCycleId: string | number;
  /** ENROLLED, COMPLETED or WITHDRAWN. */
  status: EnrolmentStatus;
};

/** What a new coordinator would like a buddy to help with. */
export type SetMyBuddyWishesInput = {
  /** The cohort (Qualifizierungsdurchgang). */
  cohortId: string | number;
  /** Topics from the programme list. */
  topics: Array<BuddyTopic>;
};

/** A person takes over the coordination of a network from a date; the previous coordinator’s period ends the day before. */
export type SetNetworkCoordinatorInput = {
  /** The network (Netzwerk) that gets a new coordinator. */
  networkId: string | number;
  /** The new coordinator (invite them first if they are new). */
  personId: string | number;
  /** First day as coordinator. */
  startDate: string;
};

/** Replaces a person’s roles. */
export type SetPersonRolesInput = {
  /** The person. */
  personId: string | number;
  /** The new roles (may be empty). Only admins change ADMIN. */
  roles: Array<Role>;
};

/** A retention period for all programmes, or for one. */
export type SetRetentionPeriodInput = {
  /** The data class, e.g. `REMINDER_ERROR_TEXTS`. */
  dataClass: string;
  /** Days from the rule’s moment, 1–3650. */
  days: number;
  /** One programme; without it, all programmes. */
  programmeId?: string | number | null | undefined;
};

/** Changes to an initiative; omitted fields stay as they are. */
export type UpdateInitiativeInput = {
  /** Add (or rename) even though a similar initiative of the network exists (see similarInitiatives); without it such a change is refused with reason POSSIBLE_DUPLICATE. */
  addAnyway?: boolean;
  /** New city. */
  city?: string | null | undefined;
  /** The contact person; null removes them (coordinators only). */
  contact?: InitiativeContactInput | null | undefined;
  /** The initiative. */
  id: string | number;
  /** New kind. */
  kind?: InitiativeKind | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** Website (http/https); null removes it. */
  website?: string | null | undefined;
};

/** Changes to a local workshop; omitted fields stay as they are. */
export type UpdateLocalWorkshopInput = {
  /** The place’s Bundesland when it is not the network’s; null: the network’s. */
  bundesland?: Bundesland | null | undefined;
  /** New format. */
  format?: WorkshopFormat | null | undefined;
  /** The local workshop. */
  id: string | number;
  /** Video-conference link (https). */
  onlineUrl?: string | null | undefined;
  /** Where (in person, hybrid). */
  place?: PlaceInput | null | undefined;
  /** New title. */
  title?: string | null | undefined;
};

/** An alumnus's buddy profile: all fields replace the stored ones. */
export type UpdateMyBuddyProfileInput = {
  /** Bundesländer the buddy can travel to. */
  bundeslaender: Array<Bundesland>;
  /** 0 (not now) to 3. */
  capacity: number;
  /** ISO 639-1 codes, e.g. ["de", "en"]; at least one. */
  languages: Array<string>;
  /** Topics from the programme list. */
  topics: Array<BuddyTopic>;
};

/** Changes to the signed-in person’s own profile; fields left out stay as they are. */
export type UpdateMyProfileInput = {
  /** Full name as shown to others (1–200 characters). */
  name?: string | null | undefined;
  /** Language of mails, messages and the web app. */
  preferredLanguage?: Language | null | undefined;
};

/** Changes to a rule; omitted fields stay as they are. */
export type UpdateReminderRuleInput = {
  /** Whether the offset counts from start or end. */
  anchor?: ReminderAnchor | null | undefined;
  /** Who it writes to: one of the audiences its kind declares. */
  audience?: string | null | undefined;
  /** Whether it sends. */
  enabled?: boolean | null | undefined;
  /** The rule to change. */
  id: string | number;
  /** Days; negative before (−366 to 366). */
  offsetDays?: number | null | undefined;
  /** Minutes; negative before (−10080 to 10080). */
  offsetMinutes?: number | null | undefined;
  /** The mail it sends. */
  template?: ReminderTemplate | null | undefined;
};

/** Changes to a workshop; omitted fields stay as they are. */
export type UpdateWorkshopInput = {
  /** Whether attending counts towards completing the cycle. */
  attendanceRequired?: boolean | null | undefined;
  /** The Bundesland of the place, whose public holidays a picked day is checked against (see holidays); null removes it. */
  bundesland?: Bundesland | null | undefined;
  /** Seats (1–1000); null when the whole cohort is invited. */
  capacity?: number | null | undefined;
  /** What it is about (up to 5000 characters); null removes it. */
  description?: string | null | undefined;
  /** Replaces the facilitators. */
  facilitators?: Array<FacilitatorInput> | null | undefined;
  /** New format. */
  format?: WorkshopFormat | null | undefined;
  /** The workshop to change. */
  id: string | number;
  /** Video-conference link (https); needed for online and hybrid workshops. */
  onlineUrl?: string | null | undefined;
  /** Needed for in-person and hybrid workshops. */
  place?: PlaceInput | null | undefined;
  /** New title (1–200 characters). */
  title?: string | null | undefined;
};

/** A network leaves a cohort. */
export type WithdrawParticipationInput = {
  /** The participation that ends. */
  id: string | number;
  /** Why the network leaves (required, 1–1000 characters). */
  reason: string;
  /** Day of withdrawal, from the day the network joined the cohort to today (in the programme’s time zone); default today. */
  withdrawnOn?: string | null | undefined;
};

/** One day: date and wall-clock times in the programme’s time zone. */
export type WorkshopDayInput = {
  /** The calendar day. */
  date: string;
  /** End, wall-clock time (after the start). */
  endTime: string;
  /** Start, wall-clock time. */
  startTime: string;
};

/** Where a workshop happens. */
export type WorkshopFormat =
  /** Hybrid: needs a place and a link. */
  | 'HYBRID'
  /** In Präsenz: needs a place. */
  | 'IN_PERSON'
  /** Online: needs a link. */
  | 'ONLINE';

/** Kind of workshop in the cycle. */
export type WorkshopKind =
  /** Auftaktworkshop: the 2–2.5-day kick-off. */
  | 'KICK_OFF'
  /** Any other workshop. */
  | 'OTHER'
  /** Deep dive on Storytelling. */
  | 'STORYTELLING'
  /** Transferwerkstatt: transfer workshop with alumni and partners. */
  | 'TRANSFERWERKSTATT'
  /** Deep dive on Wirkungslogik (impact logic). */
  | 'WIRKUNGSLOGIK'
  /** Deep dive on Wirkungsmessung (impact measurement). */
  | 'WIRKUNGSMESSUNG';

/** Status of a workshop: DRAFT → PUBLISHED → COMPLETED, or CANCELLED. */
export type WorkshopStatus =
  /** Abgesagt: called off, with a reason; final. */
  | 'CANCELLED'
  /** Durchgeführt: took place; attendance is final. */
  | 'COMPLETED'
  /** Entwurf: planned, visible to program managers only. */
  | 'DRAFT'
  /** Veröffentlicht: visible to the cohort’s coordinators. */
  | 'PUBLISHED';

/** The minutes of a round (replacing earlier ones). */
export type WritePeerMinutesInput = {
  /** The round. */
  roundId: string | number;
  /** The text (1–50000 characters). */
  text: string;
};

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, name: string, roles: Array<Role>, preferredLanguage: Language, isAlumnus: boolean }, myCohorts: Array<{ id: string }> };

export type AttendanceMatrixQueryVariables = Exact<{
  cohortId: string | number;
}>;


export type AttendanceMatrixQuery = { attendanceMatrix: { cohort: { id: string, number: number, title: string }, workshops: Array<{ id: string, title: string, status: WorkshopStatus, days: Array<{ date: string }> }>, rows: Array<{ participation: { id: string, status: ParticipationStatus, network: { id: string, name: string } }, progress: { attendedRequired: number, required: number }, cells: Array<{ status: AttendanceStatus | null, workshop: { id: string } }> }> } };

export type RecordAttendanceMatrixMutationVariables = Exact<{
  input: RecordAttendanceMatrixInput;
}>;


export type RecordAttendanceMatrixMutation = { recordAttendanceMatrix: Array<{ workshopId: string, participationId: string, status: AttendanceStatus }> };

export type MyBuddyProfileFieldsFragment = { capacity: number, topics: Array<BuddyTopic>, bundeslaender: Array<Bundesland>, languages: Array<string>, load: number, updatedAt: string };

export type MyBuddyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBuddyProfileQuery = { myBuddyProfile: { capacity: number, topics: Array<BuddyTopic>, bundeslaender: Array<Bundesland>, languages: Array<string>, load: number, updatedAt: string } | null };

export type UpdateMyBuddyProfileMutationVariables = Exact<{
  input: UpdateMyBuddyProfileInput;
}>;


export type UpdateMyBuddyProfileMutation = { updateMyBuddyProfile: { capacity: number, topics: Array<BuddyTopic>, bundeslaender: Array<Bundesland>, languages: Array<string>, load: number, updatedAt: string } };

export type BuddyMatchingQueryVariables = Exact<{
  cohortId: string | number;
}>;


export type BuddyMatchingQuery = { cohort: { id: string, number: number, title: string }, buddySuggestions: { totalScore: number, greedyScore: number, newcomers: Array<{ networkName: string, bundesland: Bundesland, topics: Array<BuddyTopic>, newCoordinator: { id: string, name: string }, candidates: Array<{ networkName: string | null, score: number, capacity: number, load: number, free: number, buddy: { id: string, name: string }, reasons: Array<{ code: ScoreReasonCode, points: number, detail: string }> }> }>, proposal: Array<{ score: number, newCoordinator: { id: string }, buddy: { id: string } }> } };

export type ProposeTandemsMutationVariables = Exact<{
  input: ProposeBuddyPairingsInput;
}>;


export type ProposeTandemsMutation = { proposeBuddyPairings: Array<{ id: string, status: PairingStatus }> };

export type CohortTandemsQueryVariables = Exact<{
  cohortId: string | number;
  status?: PairingStatus | null | undefined;
}>;


export type CohortTandemsQuery = { cohort: { id: string, number: number, title: string, programme: { id: string, timeZone: string } }, buddyPairings: Array<{ id: string, status: PairingStatus, networkName: string | null, proposedAt: string, pausedUntil: string | null, endReason: PairingEndReason | null, declineReason: string | null, score: number, sessionsHeld: number, lastSessionHeldAt: string | null, openProblemReports: number, newCoordinator: { id: string, name: string, email: string | null }, buddy: { id: string, name: string, email: string | null } }>, buddyProblemReports: Array<{ id: string, pairingId: string, text: string, pleaseEnd: boolean, createdAt: string, reportedBy: { id: string, name: string } }>, buddyFeedbackSummary: { count: number, averageRating: number | null, ratings: Array<number> } };

export type WithdrawTandemMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawTandemMutation = { withdrawBuddyPairing: { id: string, status: PairingStatus } };

export type ResolveTandemProblemMutationVariables = Exact<{
  id: string | number;
}>;


export type ResolveTandemProblemMutation = { resolveBuddyProblemReport: { id: string, resolvedAt: string | null } };

export type TandemHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type TandemHomeQuery = { myBuddyPairings: Array<{ id: string, status: PairingStatus, mySide: PairingSide | null, timeZone: string, pausedUntil: string | null, newCoordinatorAcceptedAt: string | null, buddyAcceptedAt: string | null, newCoordinator: { id: string, name: string }, buddy: { id: string, name: string }, sessions: Array<{ id: string, status: SessionStatus, startsAt: string, endsAt: string }> }> };

export type TandemPersonFragment = { id: string, name: string, email: string | null };

export type TandemSummaryFragment = { id: string, status: PairingStatus, mySide: PairingSide | null, cohortId: string, cohortNumber: number, timeZone: string, networkName: string | null, proposedAt: string, pausedUntil: string | null, newCoordinator: { id: string, name: string, email: string | null }, buddy: { id: string, name: string, email: string | null } };

export type TandemSessionFragment = { id: string, startsAt: string, endsAt: string, format: SessionFormat, place: string | null, onlineUrl: string | null, topic: string | null, status: SessionStatus, plannedBy: PairingSide, cancellationReason: string | null, notes: string | null };

export type TandemDetailFragment = { newCoordinatorAcceptedAt: string | null, buddyAcceptedAt: string | null, activatedAt: string | null, declinedBy: PairingSide | null, declinedAt: string | null, declineReason: string | null, withdrawnAt: string | null, endedAt: string | null, endReason: PairingEndReason | null, endNote: string | null, sessionsHeld: number, id: string, status: PairingStatus, mySide: PairingSide | null, cohortId: string, cohortNumber: number, timeZone: string, networkName: string | null, proposedAt: string, pausedUntil: string | null, reasons: Array<{ code: ScoreReasonCode, points: number, detail: string }>, sessions: Array<{ id: string, startsAt: string, endsAt: string, format: SessionFormat, place: string | null, onlineUrl: string | null, topic: string | null, status: SessionStatus, plannedBy: PairingSide, cancellationReason: string | null, notes: string | null }>, goals: Array<{ id: string, text: string, status: GoalStatus, doneAt: string | null }>, myFeedback: { id: string, rating: number, text: string | null } | null, newCoordinator: { id: string, name: string, email: string | null }, buddy: { id: string, name: string, email: string | null } };

export type MyTandemsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTandemsQuery = { myBuddyPairings: Array<{ id: string, status: PairingStatus, mySide: PairingSide | null, cohortId: string, cohortNumber: number, timeZone: string, networkName: string | null, proposedAt: string, pausedUntil: string | null, newCoordinator: { id: string, name: string, email: string | null }, buddy: { id: string, name: string, email: string | null } }>, myCohorts: Array<{ id: string, number: number, status: CohortStatus }> };

export type TandemQueryVariables = Exact<{
  id: string | number;
}>;


export type TandemQuery = { buddyPairing: { newCoordinatorAcceptedAt: string | null, buddyAcceptedAt: string | null, activatedAt: string | null, declinedBy: PairingSide | null, declinedAt: string | null, declineReason: string | null, withdrawnAt: string | null, endedAt: string | null, endReason: PairingEndReason | null, endNote: string | null, sessionsHeld: number, id: string, status: PairingStatus, mySide: PairingSide | null, cohortId: string, cohortNumber: number, timeZone: string, networkName: string | null, proposedAt: string, pausedUntil: string | null, reasons: Array<{ code: ScoreReasonCode, points: number, detail: string }>, sessions: Array<{ id: string, startsAt: string, endsAt: string, format: SessionFormat, place: string | null, onlineUrl: string | null, topic: string | null, status: SessionStatus, plannedBy: PairingSide, cancellationReason: string | null, notes: string | null }>, goals: Array<{ id: string, text: string, status: GoalStatus, doneAt: string | null }>, myFeedback: { id: string, rating: number, text: string | null } | null, newCoordinator: { id: string, name: string, email: string | null }, buddy: { id: string, name: string, email: string | null } } };

export type MyBuddyWishesQueryVariables = Exact<{
  cohortId: string | number;
}>;


export type MyBuddyWishesQuery = { myBuddyWishes: Array<BuddyTopic> | null };

export type SetMyBuddyWishesMutationVariables = Exact<{
  input: SetMyBuddyWishesInput;
}>;


export type SetMyBuddyWishesMutation = { setMyBuddyWishes: Array<BuddyTopic> };

export type AcceptTandemMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptTandemMutation = { acceptBuddyPairing: { newCoordinatorAcceptedAt: string | null, buddyAcceptedAt: string | null, activatedAt: string | null, declinedBy: PairingSide | null, declinedAt: string | null, declineReason: string | null, withdrawnAt: string | null, endedAt: string | null, endReason: PairingEndReason | null, endNote: string | null, sessionsHeld: number, id: string, status: PairingStatus, mySide: PairingSide | null, cohortId: string, cohortNumber: number, timeZone: string, networkName: string | null, proposedAt: string, pausedUntil: string | null, reasons: Array<{ code: ScoreReasonCode, points: number, detail: string }>, sessions: Array<{ id: string, startsAt: string, endsAt: string, format: SessionFormat, place: string | null, onlineUrl: string | null, topic: string | null, status: SessionStatus, plannedBy: PairingSide, cancellationReason: string | null, notes: string | null }>, goals: Array<{ id: string, text: string, status: GoalStatus, doneAt: string | null }>, myFeedback: { id: string, rating: number, text: string | null } | null, newCoordinator: { id: string, name: string, email: string | null }, buddy: { id: string, name: string, email: string | null } } };

export type DeclineTandemMutationVariables = Exact<{
  input: DeclineBuddyPairingInput;
}>;


export type DeclineTandemMutation = { declineBuddyPairing: { newCoordinatorAcceptedAt: string | null, buddyAcceptedAt: string | null, activatedAt: string | null, declinedBy: PairingSide | null, declinedAt: string | null, declineReason: string | null, withdrawnAt: string | null, endedAt: string | null, endReason: PairingEndReason | null, endNote: string | null, sessionsHeld: number, id: string, status: PairingStatus, mySide: PairingSide | null, cohortId: string, cohortNumber: number, timeZone: string, networkName: string | null, proposedAt: string, pausedUntil: string | null, reasons: Array<{ code: ScoreReasonCode, points: number, detail: string }>, sessions: Array<{ id: string, startsAt: string, endsAt: string, format: SessionFormat, place: string | null, onlineUrl: string | null, topic: string | null, status: SessionStatus, plannedBy: PairingSide, cancellationReason: string | null, notes: string | null }>, goals: Array<{ id: string, text: string, status: GoalStatus, doneAt: string | null }>, myFeedback: { id: string, rating: number, text: string | null } | null, newCoordinator: { id: string, name: string, email: string | null }, buddy: { id: string, name: string, email: string | null } } };

export type PauseTandemMutationVariables = Exact<{
  input: PauseBuddyPairingInput;
}>;


export type PauseTandemMutation = { pauseBuddyPairing: { newCoordinatorAcceptedAt: string | null, buddyAcceptedAt: string | null, activatedAt: string | null, declinedBy: PairingSide | null, declinedAt: string | null, declineReason: string | null, withdrawnAt: string | null, endedAt: string | null, endReason: PairingEndReason | null, endNote: string | null, sessionsHeld: number, id: string, status: PairingStatus, mySide: PairingSide | null, cohortId: string, cohortNumber: number, timeZone: string, networkName: string | null, proposedAt: string, pausedUntil: string | null, reasons: Array<{ code: ScoreReasonCode, points: number, detail: string }>, sessions: Array<{ id: string, startsAt: string, endsAt: string, format: SessionFormat, place: string | null, onlineUrl: string | null, topic: string | null, status: SessionStatus, plannedBy: PairingSide, cancellationReason: string | null, notes: string | null }>, goals: Array<{ id: string, text: string, status: GoalStatus, doneAt: string | null }>, myFeedback: { id: string, rating: number, text: string | null } | null, newCoordinator: { id: string, name: string, email: string | null }, buddy: { id: string, name: string, email: string | null } } };

export type ResumeTandemMutationVariables = Exact<{
  id: string | number;
}>;


export type ResumeTandemMutation = { resumeBuddyPairing: { newCoordinatorAcceptedAt: string | null, buddyAcceptedAt: string | null, activatedAt: string | null, declinedBy: PairingSide | null, declinedAt: string | null, declineReason: string | null, withdrawnAt: string | null, endedAt: string | null, endReason: PairingEndReason | null, endNote: string | null, sessionsHeld: number, id: string, status: PairingStatus, mySide: PairingSide | null, cohortId: string, cohortNumber: number, timeZone: string, networkName: string | null, proposedAt: string, pausedUntil: string | null, reasons: Array<{ code: ScoreReasonCode, points: number, detail: string }>, sessions: Array<{ id: string, startsAt: string, endsAt: string, format: SessionFormat, place: string | null, onlineUrl: string | null, topic: string | null, status: SessionStatus, plannedBy: PairingSide, cancellationReason: string | null, notes: string | null }>, goals: Array<{ id: string, text: string, status: GoalStatus, doneAt: string | null }>, myFeedback: { id: string, rating: number, text: string | null } | null, newCoordinator: { id: string, name: string, email: string | null }, buddy: { id: string, name: string, email: string | null } } };

export type EndTandemMutationVariables = Exact<{
  input: EndBuddyPairingInput;
}>;


export type EndTandemMutation = { endBuddyPairing: { newCoordinatorAcceptedAt: string | null, buddyAcceptedAt: string | null, activatedAt: string | null, declinedBy: PairingSide | null, declinedAt: string | null, declineReason: string | null, withdrawnAt: string | null, endedAt: string | null, endReason: PairingEndReason | null, endNote: string | null, sessionsHeld: number, id: string, status: PairingStatus, mySide: PairingSide | null, cohortId: string, cohortNumber: number, timeZone: string, networkName: string | null, proposedAt: string, pausedUntil: string | null, reasons: Array<{ code: ScoreReasonCode, points: number, detail: string }>, sessions: Array<{ id: string, startsAt: string, endsAt: string, format: SessionFormat, place: string | null, onlineUrl: string | null, topic: string | null, status: SessionStatus, plannedBy: PairingSide, cancellationReason: string | null, notes: string | null }>, goals: Array<{ id: string, text: string, status: GoalStatus, doneAt: string | null }>, myFeedback: { id: string, rating: number, text: string | null } | null, newCoordinator: { id: string, name: string, email: string | null }, buddy: { id: string, name: string, email: string | null } } };

export type PlanTandemSessionMutationVariables = Exact<{
  input: PlanBuddySessionInput;
}>;


export type PlanTandemSessionMutation = { planBuddySession: { id: string, startsAt: string, endsAt: string, format: SessionFormat, place: string | null, onlineUrl: string | null, topic: string | null, status: SessionStatus, plannedBy: PairingSide, cancellationReason: string | null, notes: string | null } };

export type RescheduleTandemSessionMutationVariables = Exact<{
  input: RescheduleBuddySessionInput;
}>;


export type RescheduleTandemSessionMutation = { rescheduleBuddySession: { id: string, startsAt: string, endsAt: string, format: SessionFormat, place: string | null, onlineUrl: string | null, topic: string | null, status: SessionStatus, plannedBy: PairingSide, cancellationReason: string | null, notes: string | null } };

export type CancelTandemSessionMutationVariables = Exact<{
  input: CancelBuddySessionInput;
}>;


export type CancelTandemSessionMutation = { cancelBuddySession: { id: string, startsAt: string, endsAt: string, format: SessionFormat, place: string | null, onlineUrl: string | null, topic: string | null, status: SessionStatus, plannedBy: PairingSide, cancellationReason: string | null, notes: string | null } };

export type RecordTandemSessionOutcomeMutationVariables = Exact<{
  input: RecordBuddySessionOutcomeInput;
}>;


export type RecordTandemSessionOutcomeMutation = { recordBuddySessionOutcome: { id: string, startsAt: string, endsAt: string, format: SessionFormat, place: string | null, onlineUrl: string | null, topic: string | null, status: SessionStatus, plannedBy: PairingSide, cancellationReason: string | null, notes: string | null } };

export type SetTandemSessionNotesMutationVariables = Exact<{
  input: SetBuddySessionNotesInput;
}>;


export type SetTandemSessionNotesMutation = { setBuddySessionNotes: { id: string, startsAt: string, endsAt: string, format: SessionFormat, place: string | null, onlineUrl: string | null, topic: string | null, status: SessionStatus, plannedBy: PairingSide, cancellationReason: string | null, notes: string | null } };

export type AddTandemGoalMutationVariables = Exact<{
  input: AddBuddyGoalInput;
}>;


export type AddTandemGoalMutation = { addBuddyGoal: { id: string } };

export type SetTandemGoalStatusMutationVariables = Exact<{
  input: SetBuddyGoalStatusInput;
}>;


export type SetTandemGoalStatusMutation = { setBuddyGoalStatus: { id: string, status: GoalStatus } };

export type GiveTandemFeedbackMutationVariables = Exact<{
  input: GiveBuddyFeedbackInput;
}>;


export type GiveTandemFeedbackMutation = { giveBuddyFeedback: { id: string, rating: number, text: string | null } };

export type ReportTandemProblemMutationVariables = Exact<{
  input: ReportBuddyProblemInput;
}>;


export type ReportTandemProblemMutation = { reportBuddyProblem: { id: string } };

export type CalendarFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedQuery = { calendarFeed: { createdAt: string, lastUsedAt: string | null } | null };

export type CreateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateCalendarFeedMutation = { createCalendarFeed: { url: string, createdAt: string } };

export type RevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeCalendarFeedMutation = { revokeCalendarFeed: boolean };

export type ManagerCohortsQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagerCohortsQuery = { programmes: Array<{ id: string, name: string, timeZone: string }>, cohorts: { nodes: Array<{ id: string, number: number, title: string, status: CohortStatus, startDate: string, endDate: string, capacity: number, programme: { id: string, name: string }, participationCounts: { occupying: number, waitlisted: number } | null }> } };

export type OverviewParticipationFragment = { id: string, status: ParticipationStatus, nextStatuses: Array<ParticipationStatus>, waitlistPosition: number | null, coordinatorExperience: CoordinatorExperience | null, network: { id: string, name: string, city: string }, coordinator: { id: string, name: string, email: string | null } | null };

export type CohortOverviewQueryVariables = Exact<{
  id: string | number;
}>;


export type CohortOverviewQuery = { cohortOverview: { freeCapacity: number, cohort: { id: string, number: number, title: string, status: CohortStatus, capacity: number, startDate: string, endDate: string, programme: { id: string, name: string } }, counts: { occupying: number, waitlisted: number, invited: number, withdrawn: number }, participations: Array<{ id: string, status: ParticipationStatus, nextStatuses: Array<ParticipationStatus>, waitlistPosition: number | null, coordinatorExperience: CoordinatorExperience | null, network: { id: string, name: string, city: string }, coordinator: { id: string, name: string, email: string | null } | null }>, waitingList: Array<{ id: string, status: ParticipationStatus, nextStatuses: Array<ParticipationStatus>, waitlistPosition: number | null, coordinatorExperience: CoordinatorExperience | null, network: { id: string, name: string, city: string }, coordinator: { id: string, name: string, email: string | null } | null }> } };

export type NetworksToInviteQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type NetworksToInviteQuery = { networks: { nodes: Array<{ id: string, name: string, city: string }> } };

export type PeopleToChooseQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type PeopleToChooseQuery = { people: { nodes: Array<{ id: string, name: string, email: string | null }> } };

export type InviteNetworkMutationVariables = Exact<{
  input: NetworkInCohortInput;
}>;


export type InviteNetworkMutation = { inviteNetwork: { id: string, status: ParticipationStatus } };

export type EnrollNetworkMutationVariables = Exact<{
  input: NetworkInCohortInput;
}>;


export type EnrollNetworkMutation = { enrollNetwork: { id: string, status: ParticipationStatus, waitlistPosition: number | null } };

export type ActivateParticipationMutationVariables = Exact<{
  id: string | number;
}>;


export type ActivateParticipationMutation = { activateParticipation: { id: string, status: ParticipationStatus } };

export type CompleteParticipationMutationVariables = Exact<{
  input: CompleteParticipationInput;
}>;


export type CompleteParticipationMutation = { completeParticipation: { id: string, status: ParticipationStatus } };

export type WithdrawParticipationMutationVariables = Exact<{
  input: WithdrawParticipationInput;
}>;


export type WithdrawParticipationMutation = { withdrawParticipation: { id: string, status: ParticipationStatus } };

export type MoveUpFromWaitingListMutationVariables = Exact<{
  cohortId: string | number;
}>;


export type MoveUpFromWaitingListMutation = { moveUpFromWaitingList: { id: string, status: ParticipationStatus } };

export type SetNetworkCoordinatorMutationVariables = Exact<{
  input: SetNetworkCoordinatorInput;
}>;


export type SetNetworkCoordinatorMutation = { setNetworkCoordinator: { id: string, currentCoordinator: { id: string, name: string } | null } };

export type LocalCycleHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type LocalCycleHomeQuery = { myLocalCycle: { id: string, status: LocalCycleStatus, workshops: Array<{ id: string, title: string, status: LocalWorkshopStatus, days: Array<{ date: string, endsAt: string }> }> } | null };

export type InitiativeItemFragment = { id: string, networkId: string, name: string, kind: InitiativeKind, city: string, website: string | null, demo: boolean, contact: { name: string, email: string, language: Language, consentOn: string | null } | null };

export type LocalWorkshopItemFragment = { id: string, localCycleId: string, sequence: number, title: string, status: LocalWorkshopStatus, format: WorkshopFormat, bundesland: Bundesland, onlineUrl: string | null, cancellationReason: string | null, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }>, holidays: Array<{ date: string, name: string, nameEn: string }> };

export type LocalCycleViewFragment = { id: string, cohortId: string, participationId: string, status: LocalCycleStatus, readOnly: boolean, closedAt: string | null, reopenReason: string | null, lastActivityAt: string, network: { id: string, name: string, bundesland: Bundesland }, workshops: Array<{ id: string, localCycleId: string, sequence: number, title: string, status: LocalWorkshopStatus, format: WorkshopFormat, bundesland: Bundesland, onlineUrl: string | null, cancellationReason: string | null, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }>, holidays: Array<{ date: string, name: string, nameEn: string }> }>, enrolments: Array<{ id: string, status: EnrolmentStatus, phase: SelfAnalysisPhase, phaseSince: string, initiative: { id: string, networkId: string, name: string, kind: InitiativeKind, city: string, website: string | null, demo: boolean, contact: { name: string, email: string, language: Language, consentOn: string | null } | null }, phaseHistory: Array<{ fromPhase: SelfAnalysisPhase, toPhase: SelfAnalysisPhase, changedAt: string, changedBy: string | null, reason: string | null }> }>, attendance: Array<{ localWorkshopId: string, initiativeId: string, status: LocalAttendanceStatus, headCount: number | null }> };

export type MyLocalCycleQueryVariables = Exact<{
  cohortId?: string | number | null | undefined;
}>;


export type MyLocalCycleQuery = { myCohorts: Array<{ id: string, number: number, title: string, programmeId: string, myParticipation: { id: string, network: { id: string, name: string } } | null }>, myLocalCycle: { id: string, cohortId: string, participationId: string, status: LocalCycleStatus, readOnly: boolean, closedAt: string | null, reopenReason: string | null, lastActivityAt: string, network: { id: string, name: string, bundesland: Bundesland }, workshops: Array<{ id: string, localCycleId: string, sequence: number, title: string, status: LocalWorkshopStatus, format: WorkshopFormat, bundesland: Bundesland, onlineUrl: string | null, cancellationReason: string | null, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }>, holidays: Array<{ date: string, name: string, nameEn: string }> }>, enrolments: Array<{ id: string, status: EnrolmentStatus, phase: SelfAnalysisPhase, phaseSince: string, initiative: { id: string, networkId: string, name: string, kind: InitiativeKind, city: string, website: string | null, demo: boolean, contact: { name: string, email: string, language: Language, consentOn: string | null } | null }, phaseHistory: Array<{ fromPhase: SelfAnalysisPhase, toPhase: SelfAnalysisPhase, changedAt: string, changedBy: string | null, reason: string | null }> }>, attendance: Array<{ localWorkshopId: string, initiativeId: string, status: LocalAttendanceStatus, headCount: number | null }> } | null };

export type LocalCycleQueryVariables = Exact<{
  id: string | number;
}>;


export type LocalCycleQuery = { localCycle: { id: string, cohortId: string, participationId: string, status: LocalCycleStatus, readOnly: boolean, closedAt: string | null, reopenReason: string | null, lastActivityAt: string, network: { id: string, name: string, bundesland: Bundesland }, workshops: Array<{ id: string, localCycleId: string, sequence: number, title: string, status: LocalWorkshopStatus, format: WorkshopFormat, bundesland: Bundesland, onlineUrl: string | null, cancellationReason: string | null, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }>, holidays: Array<{ date: string, name: string, nameEn: string }> }>, enrolments: Array<{ id: string, status: EnrolmentStatus, phase: SelfAnalysisPhase, phaseSince: string, initiative: { id: string, networkId: string, name: string, kind: InitiativeKind, city: string, website: string | null, demo: boolean, contact: { name: string, email: string, language: Language, consentOn: string | null } | null }, phaseHistory: Array<{ fromPhase: SelfAnalysisPhase, toPhase: SelfAnalysisPhase, changedAt: string, changedBy: string | null, reason: string | null }> }>, attendance: Array<{ localWorkshopId: string, initiativeId: string, status: LocalAttendanceStatus, headCount: number | null }> } };

export type LocalTemplateQueryVariables = Exact<{
  programmeId: string | number;
}>;


export type LocalTemplateQuery = { localTemplate: Array<{ id: string, position: number, title: string, durationDays: number, gapDays: number, defaultFormat: WorkshopFormat }> };

export type InitiativesQueryVariables = Exact<{
  networkId: string | number;
}>;


export type InitiativesQuery = { initiatives: Array<{ id: string, networkId: string, name: string, kind: InitiativeKind, city: string, website: string | null, demo: boolean, contact: { name: string, email: string, language: Language, consentOn: string | null } | null }> };

export type SimilarInitiativesQueryVariables = Exact<{
  networkId: string | number;
  name: string;
  city: string;
}>;


export type SimilarInitiativesQuery = { similarInitiatives: Array<{ id: string, name: string, city: string, kind: InitiativeKind }> };

export type AddInitiativeMutationVariables = Exact<{
  input: AddInitiativeInput;
}>;


export type AddInitiativeMutation = { addInitiative: { id: string, networkId: string, name: string, kind: InitiativeKind, city: string, website: string | null, demo: boolean, contact: { name: string, email: string, language: Language, consentOn: string | null } | null } };

export type UpdateInitiativeMutationVariables = Exact<{
  input: UpdateInitiativeInput;
}>;


export type UpdateInitiativeMutation = { updateInitiative: { id: string, networkId: string, name: string, kind: InitiativeKind, city: string, website: string | null, demo: boolean, contact: { name: string, email: string, language: Language, consentOn: string | null } | null } };

export type PlanLocalCycleMutationVariables = Exact<{
  input: PlanLocalCycleInput;
}>;


export type PlanLocalCycleMutation = { planLocalCycle: { id: string, cohortId: string, participationId: string, status: LocalCycleStatus, readOnly: boolean, closedAt: string | null, reopenReason: string | null, lastActivityAt: string, network: { id: string, name: string, bundesland: Bundesland }, workshops: Array<{ id: string, localCycleId: string, sequence: number, title: string, status: LocalWorkshopStatus, format: WorkshopFormat, bundesland: Bundesland, onlineUrl: string | null, cancellationReason: string | null, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }>, holidays: Array<{ date: string, name: string, nameEn: string }> }>, enrolments: Array<{ id: string, status: EnrolmentStatus, phase: SelfAnalysisPhase, phaseSince: string, initiative: { id: string, networkId: string, name: string, kind: InitiativeKind, city: string, website: string | null, demo: boolean, contact: { name: string, email: string, language: Language, consentOn: string | null } | null }, phaseHistory: Array<{ fromPhase: SelfAnalysisPhase, toPhase: SelfAnalysisPhase, changedAt: string, changedBy: string | null, reason: string | null }> }>, attendance: Array<{ localWorkshopId: string, initiativeId: string, status: LocalAttendanceStatus, headCount: number | null }> } };

export type ChangeLocalCycleStatusMutationVariables = Exact<{
  input: ChangeLocalCycleStatusInput;
}>;


export type ChangeLocalCycleStatusMutation = { changeLocalCycleStatus: { id: string, cohortId: string, participationId: string, status: LocalCycleStatus, readOnly: boolean, closedAt: string | null, reopenReason: string | null, lastActivityAt: string, network: { id: string, name: string, bundesland: Bundesland }, workshops: Array<{ id: string, localCycleId: string, sequence: number, title: string, status: LocalWorkshopStatus, format: WorkshopFormat, bundesland: Bundesland, onlineUrl: string | null, cancellationReason: string | null, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }>, holidays: Array<{ date: string, name: string, nameEn: string }> }>, enrolments: Array<{ id: string, status: EnrolmentStatus, phase: SelfAnalysisPhase, phaseSince: string, initiative: { id: string, networkId: string, name: string, kind: InitiativeKind, city: string, website: string | null, demo: boolean, contact: { name: string, email: string, language: Language, consentOn: string | null } | null }, phaseHistory: Array<{ fromPhase: SelfAnalysisPhase, toPhase: SelfAnalysisPhase, changedAt: string, changedBy: string | null, reason: string | null }> }>, attendance: Array<{ localWorkshopId: string, initiativeId: string, status: LocalAttendanceStatus, headCount: number | null }> } };

export type ReopenLocalCycleMutationVariables = Exact<{
  input: ReopenLocalCycleInput;
}>;


export type ReopenLocalCycleMutation = { reopenLocalCycle: { id: string, cohortId: string, participationId: string, status: LocalCycleStatus, readOnly: boolean, closedAt: string | null, reopenReason: string | null, lastActivityAt: string, network: { id: string, name: string, bundesland: Bundesland }, workshops: Array<{ id: string, localCycleId: string, sequence: number, title: string, status: LocalWorkshopStatus, format: WorkshopFormat, bundesland: Bundesland, onlineUrl: string | null, cancellationReason: string | null, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }>, holidays: Array<{ date: string, name: string, nameEn: string }> }>, enrolments: Array<{ id: string, status: EnrolmentStatus, phase: SelfAnalysisPhase, phaseSince: string, initiative: { id: string, networkId: string, name: string, kind: InitiativeKind, city: string, website: string | null, demo: boolean, contact: { name: string, email: string, language: Language, consentOn: string | null } | null }, phaseHistory: Array<{ fromPhase: SelfAnalysisPhase, toPhase: SelfAnalysisPhase, changedAt: string, changedBy: string | null, reason: string | null }> }>, attendance: Array<{ localWorkshopId: string, initiativeId: string, status: LocalAttendanceStatus, headCount: number | null }> } };

export type CreateLocalWorkshopMutationVariables = Exact<{
  input: CreateLocalWorkshopInput;
}>;


export type CreateLocalWorkshopMutation = { createLocalWorkshop: { id: string, cohortId: string, participationId: string, status: LocalCycleStatus, readOnly: boolean, closedAt: string | null, reopenReason: string | null, lastActivityAt: string, network: { id: string, name: string, bundesland: Bundesland }, workshops: Array<{ id: string, localCycleId: string, sequence: number, title: string, status: LocalWorkshopStatus, format: WorkshopFormat, bundesland: Bundesland, onlineUrl: string | null, cancellationReason: string | null, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }>, holidays: Array<{ date: string, name: string, nameEn: string }> }>, enrolments: Array<{ id: string, status: EnrolmentStatus, phase: SelfAnalysisPhase, phaseSince: string, initiative: { id: string, networkId: string, name: string, kind: InitiativeKind, city: string, website: string | null, demo: boolean, contact: { name: string, email: string, language: Language, consentOn: string | null } | null }, phaseHistory: Array<{ fromPhase: SelfAnalysisPhase, toPhase: SelfAnalysisPhase, changedAt: string, changedBy: string | null, reason: string | null }> }>, attendance: Array<{ localWorkshopId: string, initiativeId: string, status: LocalAttendanceStatus, headCount: number | null }> } };

export type UpdateLocalWorkshopMutationVariables = Exact<{
  input: UpdateLocalWorkshopInput;
}>;


export type UpdateLocalWorkshopMutation = { updateLocalWorkshop: { id: string, cohortId: string, participationId: string, status: LocalCycleStatus, readOnly: boolean, closedAt: string | null, reopenReason: string | null, lastActivityAt: string, network: { id: string, name: string, bundesland: Bundesland }, workshops: Array<{ id: string, localCycleId: string, sequence: number, title: string, status: LocalWorkshopStatus, format: WorkshopFormat, bundesland: Bundesland, onlineUrl: string | null, cancellationReason: string | null, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }>, holidays: Array<{ date: string, name: string, nameEn: string }> }>, enrolments: Array<{ id: string, status: EnrolmentStatus, phase: SelfAnalysisPhase, phaseSince: string, initiative: { id: string, networkId: string, name: string, kind: InitiativeKind, city: string, website: string | null, demo: boolean, contact: { name: string, email: string, language: Language, consentOn: string | null } | null }, phaseHistory: Array<{ fromPhase: SelfAnalysisPhase, toPhase: SelfAnalysisPhase, changedAt: string, changedBy: string | null, reason: string | null }> }>, attendance: Array<{ localWorkshopId: string, initiativeId: string, status: LocalAttendanceStatus, headCount: number | null }> } };

export type RescheduleLocalWorkshopMutationVariables = Exact<{
  input: RescheduleLocalWorkshopInput;
}>;


export type RescheduleLocalWorkshopMutation = { rescheduleLocalWorkshop: { id: string, cohortId: string, participationId: string, status: LocalCycleStatus, readOnly: boolean, closedAt: string | null, reopenReason: string | null, lastActivityAt: string, network: { id: string, name: string, bundesland: Bundesland }, workshops: Array<{ id: string, localCycleId: string, sequence: number, title: string, status: LocalWorkshopStatus, format: WorkshopFormat, bundesland: Bundesland, onlineUrl: string | null, cancellationReason: string | null, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }>, holidays: Array<{ date: string, name: string, nameEn: string }> }>, enrolments: Array<{ id: string, status: EnrolmentStatus, phase: SelfAnalysisPhase, phaseSince: string, initiative: { id: string, networkId: string, name: string, kind: InitiativeKind, city: string, website: string | null, demo: boolean, contact: { name: string, email: string, language: Language, consentOn: string | null } | null }, phaseHistory: Array<{ fromPhase: SelfAnalysisPhase, toPhase: SelfAnalysisPhase, changedAt: string, changedBy: string | null, reason: string | null }> }>, attendance: Array<{ localWorkshopId: string, initiativeId: string, status: LocalAttendanceStatus, headCount: number | null }> } };

export type PublishLocalWorkshopMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishLocalWorkshopMutation = { publishLocalWorkshop: { id: string, cohortId: string, participationId: string, status: LocalCycleStatus, readOnly: boolean, closedAt: string | null, reopenReason: string | null, lastActivityAt: string, network: { id: string, name: string, bundesland: Bundesland }, workshops: Array<{ id: string, localCycleId: string, sequence: number, title: string, status: LocalWorkshopStatus, format: WorkshopFormat, bundesland: Bundesland, onlineUrl: string | null, cancellationReason: string | null, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }>, holidays: Array<{ date: string, name: string, nameEn: string }> }>, enrolments: Array<{ id: string, status: EnrolmentStatus, phase: SelfAnalysisPhase, phaseSince: string, initiative: { id: string, networkId: string, name: string, kind: InitiativeKind, city: string, website: string | null, demo: boolean, contact: { name: string, email: string, language: Language, consentOn: string | null } | null }, phaseHistory: Array<{ fromPhase: SelfAnalysisPhase, toPhase: SelfAnalysisPhase, changedAt: string, changedBy: string | null, reason: string | null }> }>, attendance: Array<{ localWorkshopId: string, initiativeId: string, status: LocalAttendanceStatus, headCount: number | null }> } };

export type MarkLocalWorkshopHeldMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkLocalWorkshopHeldMutation = { markLocalWorkshopHeld: { id: string, cohortId: string, participationId: string, status: LocalCycleStatus, readOnly: boolean, closedAt: string | null, reopenReason: string | null, lastActivityAt: string, network: { id: string, name: string, bundesland: Bundesland }, workshops: Array<{ id: string, localCycleId: string, sequence: number, title: string, status: LocalWorkshopStatus, format: WorkshopFormat, bundesland: Bundesland, onlineUrl: string | null, cancellationReason: string | null, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }>, holidays: Array<{ date: string, name: string, nameEn: string }> }>, enrolments: Array<{ id: string, status: EnrolmentStatus, phase: SelfAnalysisPhase, phaseSince: string, initiative: { id: string, networkId: string, name: string, kind: InitiativeKind, city: string, website: string | null, demo: boolean, contact: { name: string, email: string, language: Language, consentOn: string | null } | null }, phaseHistory: Array<{ fromPhase: SelfAnalysisPhase, toPhase: SelfAnalysisPhase, changedAt: string, changedBy: string | null, reason: string | null }> }>, attendance: Array<{ localWorkshopId: string, initiativeId: string, status: LocalAttendanceStatus, headCount: number | null }> } };

export type CancelLocalWorkshopMutationVariables = Exact<{
  input: CancelLocalWorkshopInput;
}>;


export type CancelLocalWorkshopMutation = { cancelLocalWorkshop: { id: string, cohortId: string, participationId: string, status: LocalCycleStatus, readOnly: boolean, closedAt: string | null, reopenReason: string | null, lastActivityAt: string, network: { id: string, name: string, bundesland: Bundesland }, workshops: Array<{ id: string, localCycleId: string, sequence: number, title: string, status: LocalWorkshopStatus, format: WorkshopFormat, bundesland: Bundesland, onlineUrl: string | null, cancellationReason: string | null, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }>, holidays: Array<{ date: string, name: string, nameEn: string }> }>, enrolments: Array<{ id: string, status: EnrolmentStatus, phase: SelfAnalysisPhase, phaseSince: string, initiative: { id: string, networkId: string, name: string, kind: InitiativeKind, city: string, website: string | null, demo: boolean, contact: { name: string, email: string, language: Language, consentOn: string | null } | null }, phaseHistory: Array<{ fromPhase: SelfAnalysisPhase, toPhase: SelfAnalysisPhase, changedAt: string, changedBy: string | null, reason: string | null }> }>, attendance: Array<{ localWorkshopId: string, initiativeId: string, status: LocalAttendanceStatus, headCount: number | null }> } };

export type EnrolInitiativesMutationVariables = Exact<{
  input: EnrolInitiativesInput;
}>;


export type EnrolInitiativesMutation = { enrolInitiatives: { id: string, cohortId: string, participationId: string, status: LocalCycleStatus, readOnly: boolean, closedAt: string | null, reopenReason: string | null, lastActivityAt: string, network: { id: string, name: string, bundesland: Bundesland }, workshops: Array<{ id: string, localCycleId: string, sequence: number, title: string, status: LocalWorkshopStatus, format: WorkshopFormat, bundesland: Bundesland, onlineUrl: string | null, cancellationReason: string | null, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }>, holidays: Array<{ date: string, name: string, nameEn: string }> }>, enrolments: Array<{ id: string, status: EnrolmentStatus, phase: SelfAnalysisPhase, phaseSince: string, initiative: { id: string, networkId: string, name: string, kind: InitiativeKind, city: string, website: string | null, demo: boolean, contact: { name: string, email: string, language: Language, consentOn: string | null } | null }, phaseHistory: Array<{ fromPhase: SelfAnalysisPhase, toPhase: SelfAnalysisPhase, changedAt: string, changedBy: string | null, reason: string | null }> }>, attendance: Array<{ localWorkshopId: string, initiativeId: string, status: LocalAttendanceStatus, headCount: number | null }> } };

export type SetEnrolmentStatusMutationVariables = Exact<{
  input: SetEnrolmentStatusInput;
}>;


export type SetEnrolmentStatusMutation = { setEnrolmentStatus: { id: string, cohortId: string, participationId: string, status: LocalCycleStatus, readOnly: boolean, closedAt: string | null, reopenReason: string | null, lastActivityAt: string, network: { id: string, name: string, bundesland: Bundesland }, workshops: Array<{ id: string, localCycleId: string, sequence: number, title: string, status: LocalWorkshopStatus, format: WorkshopFormat, bundesland: Bundesland, onlineUrl: string | null, cancellationReason: string | null, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }>, holidays: Array<{ date: string, name: string, nameEn: string }> }>, enrolments: Array<{ id: string, status: EnrolmentStatus, phase: SelfAnalysisPhase, phaseSince: string, initiative: { id: string, networkId: string, name: string, kind: InitiativeKind, city: string, website: string | null, demo: boolean, contact: { name: string, email: string, language: Language, consentOn: string | null } | null }, phaseHistory: Array<{ fromPhase: SelfAnalysisPhase, toPhase: SelfAnalysisPhase, changedAt: string, changedBy: string | null, reason: string | null }> }>, attendance: Array<{ localWorkshopId: string, initiativeId: string, status: LocalAttendanceStatus, headCount: number | null }> } };

export type InviteInitiativeContactsMutationVariables = Exact<{
  input: InviteContactsInput;
}>;


export type InviteInitiativeContactsMutation = { inviteInitiativeContacts: number };

export type SaveLocalAttendanceMutationVariables = Exact<{
  input: SaveLocalAttendanceInput;
}>;


export type SaveLocalAttendanceMutation = { saveLocalAttendance: { id: string, cohortId: string, participationId: string, status: LocalCycleStatus, readOnly: boolean, closedAt: string | null, reopenReason: string | null, lastActivityAt: string, network: { id: string, name: string, bundesland: Bundesland }, workshops: Array<{ id: string, localCycleId: string, sequence: number, title: string, status: LocalWorkshopStatus, format: WorkshopFormat, bundesland: Bundesland, onlineUrl: string | null, cancellationReason: string | null, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }>, holidays: Array<{ date: string, name: string, nameEn: string }> }>, enrolments: Array<{ id: string, status: EnrolmentStatus, phase: SelfAnalysisPhase, phaseSince: string, initiative: { id: string, networkId: string, name: string, kind: InitiativeKind, city: string, website: string | null, demo: boolean, contact: { name: string, email: string, language: Language, consentOn: string | null } | null }, phaseHistory: Array<{ fromPhase: SelfAnalysisPhase, toPhase: SelfAnalysisPhase, changedAt: string, changedBy: string | null, reason: string | null }> }>, attendance: Array<{ localWorkshopId: string, initiativeId: string, status: LocalAttendanceStatus, headCount: number | null }> } };

export type ChangeSelfAnalysisPhaseMutationVariables = Exact<{
  input: ChangeSelfAnalysisPhaseInput;
}>;


export type ChangeSelfAnalysisPhaseMutation = { changeSelfAnalysisPhase: { id: string, cohortId: string, participationId: string, status: LocalCycleStatus, readOnly: boolean, closedAt: string | null, reopenReason: string | null, lastActivityAt: string, network: { id: string, name: string, bundesland: Bundesland }, workshops: Array<{ id: string, localCycleId: string, sequence: number, title: string, status: LocalWorkshopStatus, format: WorkshopFormat, bundesland: Bundesland, onlineUrl: string | null, cancellationReason: string | null, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }>, holidays: Array<{ date: string, name: string, nameEn: string }> }>, enrolments: Array<{ id: string, status: EnrolmentStatus, phase: SelfAnalysisPhase, phaseSince: string, initiative: { id: string, networkId: string, name: string, kind: InitiativeKind, city: string, website: string | null, demo: boolean, contact: { name: string, email: string, language: Language, consentOn: string | null } | null }, phaseHistory: Array<{ fromPhase: SelfAnalysisPhase, toPhase: SelfAnalysisPhase, changedAt: string, changedBy: string | null, reason: string | null }> }>, attendance: Array<{ localWorkshopId: string, initiativeId: string, status: LocalAttendanceStatus, headCount: number | null }> } };

export type LocalCycleOverviewQueryVariables = Exact<{
  cohortId: string | number;
}>;


export type LocalCycleOverviewQuery = { cohort: { id: string, number: number, title: string }, localCycleOverview: { cohortId: string, rows: Array<{ participationId: string, networkId: string, networkName: string, localCycleId: string | null, cycleStatus: LocalCycleStatus | null, initiativesInvited: number, initiativesEnrolled: number, workshopsPlanned: number, workshopsHeld: number, lastActivityAt: string | null, phases: Array<{ phase: SelfAnalysisPhase, count: number }> }>, totals: { networks: number, networksWithCycle: number, initiativesEnrolled: number, workshopsHeld: number, phases: Array<{ phase: SelfAnalysisPhase, count: number }> } } };

export type MyParticipationIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyParticipationIdsQuery = { myCohorts: Array<{ id: string, myParticipation: { id: string } | null }> };

export type MyCohortsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCohortsQuery = { myCohorts: Array<{ id: string, number: number, title: string, startDate: string, endDate: string, status: CohortStatus, programme: { id: string, name: string }, myParticipation: { id: string, status: ParticipationStatus, network: { id: string, name: string } } | null, participations: Array<{ id: string, status: ParticipationStatus, network: { id: string, name: string, city: string } }> | null }> };

export type ManagerRoundFragment = { id: string, status: PeerRoundStatus, startsAt: string, endsAt: string, format: PeerRoundFormat, place: string | null, onlineUrl: string | null, cancellationReason: string | null, seriesId: string | null, attendanceCount: number | null, time: { date: string, startTime: string, endTime: string, timeZone: string }, roles: Array<{ role: PeerRole, personId: string, name: string }>, rsvpCounts: { yes: number, no: number, maybe: number } };

export type ManagerGroupFragment = { id: string, name: string, method: PeerGroupMethod, status: PeerGroupStatus, memberCount: number, warnings: Array<string>, programmeId: string, cohorts: Array<{ id: string, number: number }>, members: Array<{ personId: string, name: string, fromDate: string, toDate: string | null, current: boolean }> };

export type PeerGroupsOverviewQueryVariables = Exact<{
  programmeId?: string | number | null | undefined;
}>;


export type PeerGroupsOverviewQuery = { programmes: Array<{ id: string, name: string, timeZone: string }>, peerGroups: Array<{ id: string, name: string, method: PeerGroupMethod, status: PeerGroupStatus, memberCount: number, warnings: Array<string>, programmeId: string, nextRound: { id: string, time: { date: string, startTime: string, endTime: string, timeZone: string } } | null, cohorts: Array<{ id: string, number: number }>, members: Array<{ personId: string, name: string, fromDate: string, toDate: string | null, current: boolean }> }> };

export type PeerGroupCohortsQueryVariables = Exact<{ [key: string]: never; }>;


export type PeerGroupCohortsQuery = { cohorts: { nodes: Array<{ id: string, number: number, title: string, status: CohortStatus, programme: { id: string } }> } };

export type ManagerPeerGroupQueryVariables = Exact<{
  id: string | number;
}>;


export type ManagerPeerGroupQuery = { peerGroup: { id: string, name: string, method: PeerGroupMethod, status: PeerGroupStatus, memberCount: number, warnings: Array<string>, programmeId: string, rounds: Array<{ id: string, status: PeerRoundStatus, startsAt: string, endsAt: string, format: PeerRoundFormat, place: string | null, onlineUrl: string | null, cancellationReason: string | null, seriesId: string | null, attendanceCount: number | null, time: { date: string, startTime: string, endTime: string, timeZone: string }, roles: Array<{ role: PeerRole, personId: string, name: string }>, rsvpCounts: { yes: number, no: number, maybe: number } }>, cohorts: Array<{ id: string, number: number }>, members: Array<{ personId: string, name: string, fromDate: string, toDate: string | null, current: boolean }> } };

export type PeerGroupSuggestionsQueryVariables = Exact<{
  input: PeerGroupSuggestionsInput;
}>;


export type PeerGroupSuggestionsQuery = { peerGroupSuggestions: Array<{ bundeslaender: number, members: Array<{ personId: string, name: string, networkName: string, bundesland: Bundesland }> }> };

export type PeerMemberCandidatesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type PeerMemberCandidatesQuery = { people: { nodes: Array<{ id: string, name: string, email: string | null }> } };

export type FormPeerGroupMutationVariables = Exact<{
  input: FormPeerGroupInput;
}>;


export type FormPeerGroupMutation = { formPeerGroup: { id: string, name: string, method: PeerGroupMethod, status: PeerGroupStatus, memberCount: number, warnings: Array<string>, programmeId: string, cohorts: Array<{ id: string, number: number }>, members: Array<{ personId: string, name: string, fromDate: string, toDate: string | null, current: boolean }> } };

export type AddPeerGroupMemberMutationVariables = Exact<{
  input: AddPeerGroupMemberInput;
}>;


export type AddPeerGroupMemberMutation = { addPeerGroupMember: { id: string, name: string, method: PeerGroupMethod, status: PeerGroupStatus, memberCount: number, warnings: Array<string>, programmeId: string, cohorts: Array<{ id: string, number: number }>, members: Array<{ personId: string, name: string, fromDate: string, toDate: string | null, current: boolean }> } };

export type EndPeerGroupMembershipMutationVariables = Exact<{
  input: EndPeerGroupMembershipInput;
}>;


export type EndPeerGroupMembershipMutation = { endPeerGroupMembership: { id: string, name: string, method: PeerGroupMethod, status: PeerGroupStatus, memberCount: number, warnings: Array<string>, programmeId: string, cohorts: Array<{ id: string, number: number }>, members: Array<{ personId: string, name: string, fromDate: string, toDate: string | null, current: boolean }> } };

export type ChangePeerGroupStatusMutationVariables = Exact<{
  input: ChangePeerGroupStatusInput;
}>;


export type ChangePeerGroupStatusMutation = { changePeerGroupStatus: { id: string, name: string, method: PeerGroupMethod, status: PeerGroupStatus, memberCount: number, warnings: Array<string>, programmeId: string, cohorts: Array<{ id: string, number: number }>, members: Array<{ personId: string, name: string, fromDate: string, toDate: string | null, current: boolean }> } };

export type PlanPeerRoundsMutationVariables = Exact<{
  input: PlanPeerRoundsInput;
}>;


export type PlanPeerRoundsMutation = { planPeerRounds: { seriesId: string, skippedDates: Array<string>, rounds: Array<{ id: string, status: PeerRoundStatus, startsAt: string, endsAt: string, format: PeerRoundFormat, place: string | null, onlineUrl: string | null, cancellationReason: string | null, seriesId: string | null, attendanceCount: number | null, time: { date: string, startTime: string, endTime: string, timeZone: string }, roles: Array<{ role: PeerRole, personId: string, name: string }>, rsvpCounts: { yes: number, no: number, maybe: number } }> } };

export type PlanPeerRoundMutationVariables = Exact<{
  input: PlanPeerRoundInput;
}>;


export type PlanPeerRoundMutation = { planPeerRound: { id: string, status: PeerRoundStatus, startsAt: string, endsAt: string, format: PeerRoundFormat, place: string | null, onlineUrl: string | null, cancellationReason: string | null, seriesId: string | null, attendanceCount: number | null, time: { date: string, startTime: string, endTime: string, timeZone: string }, roles: Array<{ role: PeerRole, personId: string, name: string }>, rsvpCounts: { yes: number, no: number, maybe: number } } };

export type MovePeerRoundMutationVariables = Exact<{
  input: MovePeerRoundInput;
}>;


export type MovePeerRoundMutation = { movePeerRound: { id: string, status: PeerRoundStatus, startsAt: string, endsAt: string, format: PeerRoundFormat, place: string | null, onlineUrl: string | null, cancellationReason: string | null, seriesId: string | null, attendanceCount: number | null, time: { date: string, startTime: string, endTime: string, timeZone: string }, roles: Array<{ role: PeerRole, personId: string, name: string }>, rsvpCounts: { yes: number, no: number, maybe: number } } };

export type CancelPeerRoundMutationVariables = Exact<{
  input: CancelPeerRoundInput;
}>;


export type CancelPeerRoundMutation = { cancelPeerRound: { id: string, status: PeerRoundStatus, startsAt: string, endsAt: string, format: PeerRoundFormat, place: string | null, onlineUrl: string | null, cancellationReason: string | null, seriesId: string | null, attendanceCount: number | null, time: { date: string, startTime: string, endTime: string, timeZone: string }, roles: Array<{ role: PeerRole, personId: string, name: string }>, rsvpCounts: { yes: number, no: number, maybe: number } } };

export type MemberRoundSummaryFragment = { id: string, status: PeerRoundStatus, startsAt: string, endsAt: string, format: PeerRoundFormat, place: string | null, onlineUrl: string | null, cancellationReason: string | null, myRsvp: RsvpAnswer | null, isMine: boolean, time: { date: string, startTime: string, endTime: string, timeZone: string }, roles: Array<{ role: PeerRole, personId: string, name: string }> };

export type MemberCaseFragment = { id: string, title: string, keyQuestion: string, text: string | null, status: PeerCaseStatus, proposerId: string, roundId: string | null };

export type MyPeerGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPeerGroupsQuery = { peerCaseTextWarning: string, myPeerGroups: Array<{ id: string, name: string, method: PeerGroupMethod, status: PeerGroupStatus, members: Array<{ personId: string, name: string, current: boolean, fromDate: string, toDate: string | null }>, caseQueue: Array<{ id: string, title: string, keyQuestion: string, text: string | null, status: PeerCaseStatus, proposerId: string, roundId: string | null }> | null, rounds: Array<{ id: string, status: PeerRoundStatus, startsAt: string, endsAt: string, format: PeerRoundFormat, place: string | null, onlineUrl: string | null, cancellationReason: string | null, myRsvp: RsvpAnswer | null, isMine: boolean, time: { date: string, startTime: string, endTime: string, timeZone: string }, roles: Array<{ role: PeerRole, personId: string, name: string }> }> }> };

export type PeerRoundBasicsQueryVariables = Exact<{
  id: string | number;
}>;


export type PeerRoundBasicsQuery = { peerRound: { groupId: string, attendanceCount: number | null, id: string, status: PeerRoundStatus, startsAt: string, endsAt: string, format: PeerRoundFormat, place: string | null, onlineUrl: string | null, cancellationReason: string | null, myRsvp: RsvpAnswer | null, isMine: boolean, rsvpCounts: { yes: number, no: number, maybe: number }, group: { id: string, name: string, method: PeerGroupMethod }, time: { date: string, startTime: string, endTime: string, timeZone: string }, roles: Array<{ role: PeerRole, personId: string, name: string }> } };

export type PeerRoundContentsQueryVariables = Exact<{
  id: string | number;
}>;


export type PeerRoundContentsQuery = { peerRound: { id: string, cases: Array<{ id: string, title: string, keyQuestion: string, text: string | null, status: PeerCaseStatus, proposerId: string, roundId: string | null }> | null, minutes: { text: string, updatedAt: string, writtenById: string } | null, rsvps: Array<{ personId: string, name: string, answer: RsvpAnswer }> | null, attendance: Array<{ personId: string, name: string }> | null, myFeedback: { rating: number, reflection: string | null } | null, group: { id: string, members: Array<{ personId: string, name: string, current: boolean, fromDate: string, toDate: string | null }>, caseQueue: Array<{ id: string, title: string, keyQuestion: string, text: string | null, status: PeerCaseStatus, proposerId: string, roundId: string | null }> | null } } };

export type SuggestedPeerRolesQueryVariables = Exact<{
  roundId: string | number;
}>;


export type SuggestedPeerRolesQuery = { suggestedRoles: { moderator: Array<{ personId: string, name: string, lastHeldOn: string | null }>, secretary: Array<{ personId: string, name: string, lastHeldOn: string | null }>, caseGiver: Array<{ personId: string, name: string, lastHeldOn: string | null, hasQueuedCase: boolean }> } };

export type RespondToPeerRoundMutationVariables = Exact<{
  input: RespondToPeerRoundInput;
}>;


export type RespondToPeerRoundMutation = { respondToPeerRound: { id: string, myRsvp: RsvpAnswer | null, rsvpCounts: { yes: number, no: number, maybe: number } } };

export type AssignPeerRoundRolesMutationVariables = Exact<{
  input: AssignPeerRolesInput;
}>;


export type AssignPeerRoundRolesMutation = { assignPeerRoundRoles: { id: string, roles: Array<{ role: PeerRole, personId: string, name: string }> } };

export type ProposePeerCaseMutationVariables = Exact<{
  input: ProposePeerCaseInput;
}>;


export type ProposePeerCaseMutation = { proposePeerCase: { id: string, title: string, keyQuestion: string, text: string | null, status: PeerCaseStatus, proposerId: string, roundId: string | null } };

export type SchedulePeerCaseMutationVariables = Exact<{
  input: SchedulePeerCaseInput;
}>;


export type SchedulePeerCaseMutation = { schedulePeerCase: { id: string, title: string, keyQuestion: string, text: string | null, status: PeerCaseStatus, proposerId: string, roundId: string | null } };

export type WithdrawPeerCaseMutationVariables = Exact<{
  caseId: string | number;
}>;


export type WithdrawPeerCaseMutation = { withdrawPeerCase: { id: string, title: string, keyQuestion: string, text: string | null, status: PeerCaseStatus, proposerId: string, roundId: string | null } };

export type WritePeerRoundMinutesMutationVariables = Exact<{
  input: WritePeerMinutesInput;
}>;


export type WritePeerRoundMinutesMutation = { writePeerRoundMinutes: { text: string, updatedAt: string } };

export type GivePeerRoundFeedbackMutationVariables = Exact<{
  input: GivePeerFeedbackInput;
}>;


export type GivePeerRoundFeedbackMutation = { givePeerRoundFeedback: { rating: number, reflection: string | null } };

export type RecordPeerRoundAttendanceMutationVariables = Exact<{
  input: RecordPeerAttendanceInput;
}>;


export type RecordPeerRoundAttendanceMutation = { recordPeerRoundAttendance: { id: string, status: PeerRoundStatus, attendanceCount: number | null } };

export type NextPeerRoundHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type NextPeerRoundHomeQuery = { myPeerGroups: Array<{ id: string, name: string, nextRound: { id: string, startsAt: string, endsAt: string, myRsvp: RsvpAnswer | null, time: { date: string, timeZone: string } } | null }> };

export type PeopleQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type PeopleQuery = { people: { totalCount: number, nodes: Array<{ id: string, name: string, email: string | null, roles: Array<Role>, isAlumnus: boolean, erased: boolean, lastSignedInAt: string | null }> } };

export type InvitePersonMutationVariables = Exact<{
  input: InvitePersonInput;
}>;


export type InvitePersonMutation = { invitePerson: { id: string, name: string } };

export type SetPersonRolesMutationVariables = Exact<{
  input: SetPersonRolesInput;
}>;


export type SetPersonRolesMutation = { setPersonRoles: { id: string, roles: Array<Role> } };

export type PlannedWorkshopFragment = { id: string, title: string, kind: WorkshopKind, status: WorkshopStatus, format: WorkshopFormat, timeZone: string, onlineUrl: string | null, cancellationReason: string | null, warnings: Array<string>, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }> };

export type CohortWorkshopsQueryVariables = Exact<{
  id: string | number;
}>;


export type CohortWorkshopsQuery = { cohort: { id: string, number: number, title: string, startDate: string, status: CohortStatus, workshops: Array<{ id: string, title: string, kind: WorkshopKind, status: WorkshopStatus, format: WorkshopFormat, timeZone: string, onlineUrl: string | null, cancellationReason: string | null, warnings: Array<string>, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }> }> | null } };

export type PlanCohortCycleMutationVariables = Exact<{
  input: PlanCohortCycleInput;
}>;


export type PlanCohortCycleMutation = { planCohortCycle: Array<{ id: string }> };

export type RescheduleWorkshopMutationVariables = Exact<{
  input: RescheduleWorkshopInput;
}>;


export type RescheduleWorkshopMutation = { rescheduleWorkshop: { id: string, title: string, kind: WorkshopKind, status: WorkshopStatus, format: WorkshopFormat, timeZone: string, onlineUrl: string | null, cancellationReason: string | null, warnings: Array<string>, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }> } };

export type UpdateWorkshopPlaceMutationVariables = Exact<{
  input: UpdateWorkshopInput;
}>;


export type UpdateWorkshopPlaceMutation = { updateWorkshop: { id: string, title: string, kind: WorkshopKind, status: WorkshopStatus, format: WorkshopFormat, timeZone: string, onlineUrl: string | null, cancellationReason: string | null, warnings: Array<string>, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }> } };

export type PublishWorkshopMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishWorkshopMutation = { publishWorkshop: { id: string, title: string, kind: WorkshopKind, status: WorkshopStatus, format: WorkshopFormat, timeZone: string, onlineUrl: string | null, cancellationReason: string | null, warnings: Array<string>, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }> } };

export type CancelWorkshopMutationVariables = Exact<{
  input: CancelWorkshopInput;
}>;


export type CancelWorkshopMutation = { cancelWorkshop: { id: string, title: string, kind: WorkshopKind, status: WorkshopStatus, format: WorkshopFormat, timeZone: string, onlineUrl: string | null, cancellationReason: string | null, warnings: Array<string>, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }> } };

export type ExportRowFragment = { id: string, personId: string, requestedAt: string, expiresAt: string, downloadedAt: string | null, archiveBytes: number, archiveUrl: string | null };

export type MyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDataQuery = { personalDataExports: Array<{ id: string, personId: string, requestedAt: string, expiresAt: string, downloadedAt: string | null, archiveBytes: number, archiveUrl: string | null }>, myErasureRequest: { id: string, requestedAt: string } | null };

export type PersonalDataExportQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonalDataExportQuery = { personalDataExport: { id: string, personId: string, requestedAt: string, expiresAt: string, downloadedAt: string | null, archiveBytes: number, archiveUrl: string | null } };

export type RequestMyExportMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestMyExportMutation = { requestMyExport: { id: string, personId: string, requestedAt: string, expiresAt: string, downloadedAt: string | null, archiveBytes: number, archiveUrl: string | null } };

export type RequestMyErasureMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestMyErasureMutation = { requestMyErasure: { id: string, requestedAt: string } };

export type PrivacyOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyOverviewQuery = { erasureRequests: Array<{ id: string, personId: string, requestedAt: string, person: { id: string, name: string } | null }> };

export type PrivacyPeopleQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type PrivacyPeopleQuery = { people: { nodes: Array<{ id: string, name: string, email: string | null }> } };

export type PersonPrivacyQueryVariables = Exact<{
  personId: string | number;
}>;


export type PersonPrivacyQuery = { person: { id: string, name: string, email: string | null }, personalDataExports: Array<{ id: string, personId: string, requestedAt: string, expiresAt: string, downloadedAt: string | null, archiveBytes: number, archiveUrl: string | null }>, erasureRequests: Array<{ id: string, personId: string, requestedAt: string }> };

export type ErasurePreviewQueryVariables = Exact<{
  personId: string | number;
}>;


export type ErasurePreviewQuery = { erasurePreview: { personId: string, contexts: Array<{ context: string, steps: Array<{ key: string, label: string, action: ErasureAction, count: number }> }> } };

export type RequestPersonExportMutationVariables = Exact<{
  personId: string | number;
}>;


export type RequestPersonExportMutation = { requestPersonExport: { id: string, personId: string, requestedAt: string, expiresAt: string, downloadedAt: string | null, archiveBytes: number, archiveUrl: string | null } };

export type ErasePersonMutationVariables = Exact<{
  personId: string | number;
  confirm: string;
}>;


export type ErasePersonMutation = { erasePerson: { personId: string, contexts: Array<{ context: string, steps: Array<{ key: string, count: number }> }> } };

export type RetentionQueryVariables = Exact<{
  programmeId?: string | number | null | undefined;
}>;


export type RetentionQuery = { programmes: Array<{ id: string, name: string }>, retentionRules: Array<{ dataClass: string, context: string, label: string, from: string, action: ErasureAction, defaultDays: number, days: number, perProgramme: boolean, programmeId: string | null }>, retentionPreview: Array<{ dataClass: string, count: number }>, retentionRuns: Array<{ day: string, ranAt: string, counts: Array<{ dataClass: string, count: number }> }> };

export type SetRetentionPeriodMutationVariables = Exact<{
  input: SetRetentionPeriodInput;
}>;


export type SetRetentionPeriodMutation = { setRetentionPeriod: { dataClass: string, days: number, programmeId: string | null } };

export type PrivacyAuditLogQueryVariables = Exact<{
  personId?: string | number | null | undefined;
  first: number;
}>;


export type PrivacyAuditLogQuery = { privacyAuditLog: Array<{ id: string, at: string, action: PrivacyAction, actor: { id: string, name: string } | null, subject: { id: string, name: string } | null, details: Array<{ key: string, value: string }> }> };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { me: { id: string, name: string, email: string | null, preferredLanguage: Language } };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { id: string, name: string, preferredLanguage: Language } };

export type ReminderLedgerQueryVariables = Exact<{
  cohortId?: string | number | null | undefined;
  eventKind?: string | null | undefined;
  personId?: string | number | null | undefined;
  status?: Array<ReminderStatus> | ReminderStatus | null | undefined;
  dueFrom?: string | null | undefined;
  dueTo?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ReminderLedgerQuery = { reminders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: ReminderStatus, dueAt: string, sentAt: string | null, reason: string | null, lastError: string | null, attempts: number, eventKind: string, recipient: { id: string, name: string } | null, contact: { id: string, label: string } | null, event:
        | { id: string, title: string }
        | { id: string, title: string }
        | { id: string, title: string }
        | { id: string, title: string }
        | { id: string, title: string }
        | { id: string, title: string }
        | { id: string, title: string }
        | { id: string, title: string }
       | null }> } };

export type LedgerPeopleQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type LedgerPeopleQuery = { people: { nodes: Array<{ id: string, name: string, email: string | null }> } };

export type LedgerPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type LedgerPersonQuery = { person: { id: string, name: string, email: string | null } };

export type RetryReminderMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryReminderMutation = { retryReminder: { id: string, status: ReminderStatus } };

export type ReminderEventKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReminderEventKindsQuery = { reminderEventKinds: Array<{ kind: string, description: string, scope: string | null, scopeLabel: string | null, audiences: Array<{ name: string, description: string }>, nudges: Array<{ name: string, description: string, audiences: Array<string> }> }> };

export type ReminderScopeOptionsQueryVariables = Exact<{
  programmeId: string | number;
  eventKind: string;
}>;


export type ReminderScopeOptionsQuery = { reminderScopeOptions: Array<{ id: string, label: string }> };

export type ReminderRuleFieldsFragment = { id: string, programmeId: string, enabled: boolean, eventKind: string, offsetDays: number, offsetMinutes: number, anchor: ReminderAnchor, audience: string, template: ReminderTemplate, nudge: string | null, cohortId: string | null, scopeId: string | null, replacesRuleId: string | null };

export type ReminderRulesQueryVariables = Exact<{
  programmeId: string | number;
}>;


export type ReminderRulesQuery = { reminderRules: Array<{ id: string, programmeId: string, enabled: boolean, eventKind: string, offsetDays: number, offsetMinutes: number, anchor: ReminderAnchor, audience: string, template: ReminderTemplate, nudge: string | null, cohortId: string | null, scopeId: string | null, replacesRuleId: string | null }> };

export type PreviewRemindersQueryVariables = Exact<{
  ruleId: string | number;
}>;


export type PreviewRemindersQuery = { previewReminders: Array<{ dueAt: string, status: ReminderStatus, reason: string | null, recipient: { id: string, name: string } | null, event:
      | { id: string, title: string }
      | { id: string, title: string }
      | { id: string, title: string }
      | { id: string, title: string }
      | { id: string, title: string }
      | { id: string, title: string }
      | { id: string, title: string }
      | { id: string, title: string }
     | null }> };

export type CreateReminderRuleMutationVariables = Exact<{
  input: CreateReminderRuleInput;
}>;


export type CreateReminderRuleMutation = { createReminderRule: { id: string, programmeId: string, enabled: boolean, eventKind: string, offsetDays: number, offsetMinutes: number, anchor: ReminderAnchor, audience: string, template: ReminderTemplate, nudge: string | null, cohortId: string | null, scopeId: string | null, replacesRuleId: string | null } };

export type UpdateReminderRuleMutationVariables = Exact<{
  input: UpdateReminderRuleInput;
}>;


export type UpdateReminderRuleMutation = { updateReminderRule: { id: string, programmeId: string, enabled: boolean, eventKind: string, offsetDays: number, offsetMinutes: number, anchor: ReminderAnchor, audience: string, template: ReminderTemplate, nudge: string | null, cohortId: string | null, scopeId: string | null, replacesRuleId: string | null } };

export type DeleteReminderRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteReminderRuleMutation = { deleteReminderRule: boolean };

export type RequestSignInLinkMutationVariables = Exact<{
  email: string;
  next?: string | null | undefined;
}>;


export type RequestSignInLinkMutation = { requestSignInLink: boolean };

export type SignInMutationVariables = Exact<{
  token: string;
}>;


export type SignInMutation = { signIn: { accessToken: string, expiresAt: string, person: { id: string, name: string, preferredLanguage: Language } } };

export type WorkshopSummaryFragment = { id: string, title: string, kind: WorkshopKind, status: WorkshopStatus, format: WorkshopFormat, timeZone: string, cancellationReason: string | null, onlineUrl: string | null, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }> };

export type MyWorkshopCycleQueryVariables = Exact<{
  cohortId?: string | number | null | undefined;
}>;


export type MyWorkshopCycleQuery = { myWorkshopCycle: { cohort: { id: string, number: number, title: string }, participation: { id: string, status: ParticipationStatus, network: { id: string, name: string } }, progress: { attendedRequired: number, required: number, percent: number, complete: boolean, unscheduled: number }, nextWorkshop: { id: string, title: string, kind: WorkshopKind, status: WorkshopStatus, format: WorkshopFormat, timeZone: string, cancellationReason: string | null, onlineUrl: string | null, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }> } | null, steps: Array<{ kind: WorkshopKind, title: string, required: boolean, scheduled: boolean, upcoming: boolean, attendance: AttendanceStatus | null, workshop: { id: string, title: string, kind: WorkshopKind, status: WorkshopStatus, format: WorkshopFormat, timeZone: string, cancellationReason: string | null, onlineUrl: string | null, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }> } | null }> } | null };

export type WorkshopQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkshopQuery = { workshop: { description: string | null, sequence: number, id: string, title: string, kind: WorkshopKind, status: WorkshopStatus, format: WorkshopFormat, timeZone: string, cancellationReason: string | null, onlineUrl: string | null, cohort: { id: string, number: number, title: string }, facilitators: Array<{ name: string, organisation: string | null, contribution: string | null, external: boolean }>, place: { name: string, address: string | null } | null, days: Array<{ date: string, startTime: string, endTime: string, startsAt: string, endsAt: string }> } };

export const MyBuddyProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyBuddyProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"bundeslaender"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MyBuddyProfileFieldsFragment, unknown>;
export const TandemPersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<TandemPersonFragment, unknown>;
export const TandemSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mySide"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortNumber"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"newCoordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<TandemSummaryFragment, unknown>;
export const TandemSessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddySession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<TandemSessionFragment, unknown>;
export const TandemDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemSummary"}},{"kind":"Field","name":{"kind":"Name","value":"newCoordinatorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"buddyAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declinedBy"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endNote"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemSession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mySide"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortNumber"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"newCoordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddySession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<TandemDetailFragment, unknown>;
export const OverviewParticipationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewParticipation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorExperience"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<OverviewParticipationFragment, unknown>;
export const LocalWorkshopItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalWorkshopItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalWorkshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<LocalWorkshopItemFragment, unknown>;
export const InitiativeItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}}]}}]}}]} as unknown as DocumentNode<InitiativeItemFragment, unknown>;
export const LocalCycleViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalCycleView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalWorkshopItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseSince"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phaseHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromPhase"}},{"kind":"Field","name":{"kind":"Name","value":"toPhase"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localWorkshopId"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalWorkshopItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalWorkshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}}]}}]}}]} as unknown as DocumentNode<LocalCycleViewFragment, unknown>;
export const ManagerRoundFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagerRound"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rsvpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"maybe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceCount"}}]}}]} as unknown as DocumentNode<ManagerRoundFragment, unknown>;
export const ManagerGroupFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagerGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<ManagerGroupFragment, unknown>;
export const MemberRoundSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberRoundSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"myRsvp"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MemberRoundSummaryFragment, unknown>;
export const MemberCaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"keyQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposerId"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}}]}}]} as unknown as DocumentNode<MemberCaseFragment, unknown>;
export const PlannedWorkshopFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedWorkshop"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<PlannedWorkshopFragment, unknown>;
export const ExportRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archiveBytes"}},{"kind":"Field","name":{"kind":"Name","value":"archiveUrl"}}]}}]} as unknown as DocumentNode<ExportRowFragment, unknown>;
export const ReminderRuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReminderRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"eventKind"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"offsetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"nudge"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"replacesRuleId"}}]}}]} as unknown as DocumentNode<ReminderRuleFieldsFragment, unknown>;
export const WorkshopSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<WorkshopSummaryFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"isAlumnus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const AttendanceMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttendanceMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendanceMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendedRequired"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AttendanceMatrixQuery, AttendanceMatrixQueryVariables>;
export const RecordAttendanceMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendanceMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAttendanceMatrixInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendanceMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopId"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordAttendanceMatrixMutation, RecordAttendanceMatrixMutationVariables>;
export const MyBuddyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBuddyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBuddyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyBuddyProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyBuddyProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"bundeslaender"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MyBuddyProfileQuery, MyBuddyProfileQueryVariables>;
export const UpdateMyBuddyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyBuddyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyBuddyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyBuddyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyBuddyProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyBuddyProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"bundeslaender"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateMyBuddyProfileMutation, UpdateMyBuddyProfileMutationVariables>;
export const BuddyMatchingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BuddyMatching"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddySuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"greedyScore"}},{"kind":"Field","name":{"kind":"Name","value":"newcomers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newCoordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buddy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newCoordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<BuddyMatchingQuery, BuddyMatchingQueryVariables>;
export const ProposeTandemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeTandems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeBuddyPairingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeBuddyPairings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProposeTandemsMutation, ProposeTandemsMutationVariables>;
export const CohortTandemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohortTandems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PairingStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddyPairings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"newCoordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"lastSessionHeldAt"}},{"kind":"Field","name":{"kind":"Name","value":"openProblemReports"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddyProblemReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}},{"kind":"Argument","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pairingId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"pleaseEnd"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddyFeedbackSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}}]}}]}}]} as unknown as DocumentNode<CohortTandemsQuery, CohortTandemsQueryVariables>;
export const WithdrawTandemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawTandem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawBuddyPairing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawTandemMutation, WithdrawTandemMutationVariables>;
export const ResolveTandemProblemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveTandemProblem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveBuddyProblemReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]} as unknown as DocumentNode<ResolveTandemProblemMutation, ResolveTandemProblemMutationVariables>;
export const TandemHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TandemHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBuddyPairings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mySide"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"newCoordinatorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"buddyAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"newCoordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]} as unknown as DocumentNode<TandemHomeQuery, TandemHomeQueryVariables>;
export const MyTandemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTandems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBuddyPairings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mySide"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortNumber"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"newCoordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemPerson"}}]}}]}}]} as unknown as DocumentNode<MyTandemsQuery, MyTandemsQueryVariables>;
export const TandemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tandem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buddyPairing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mySide"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortNumber"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"newCoordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddySession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemSummary"}},{"kind":"Field","name":{"kind":"Name","value":"newCoordinatorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"buddyAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declinedBy"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endNote"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemSession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<TandemQuery, TandemQueryVariables>;
export const MyBuddyWishesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBuddyWishes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBuddyWishes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}]}]}}]} as unknown as DocumentNode<MyBuddyWishesQuery, MyBuddyWishesQueryVariables>;
export const SetMyBuddyWishesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyBuddyWishes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMyBuddyWishesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyBuddyWishes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SetMyBuddyWishesMutation, SetMyBuddyWishesMutationVariables>;
export const AcceptTandemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptTandem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptBuddyPairing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mySide"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortNumber"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"newCoordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddySession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemSummary"}},{"kind":"Field","name":{"kind":"Name","value":"newCoordinatorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"buddyAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declinedBy"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endNote"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemSession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<AcceptTandemMutation, AcceptTandemMutationVariables>;
export const DeclineTandemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineTandem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineBuddyPairingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineBuddyPairing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mySide"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortNumber"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"newCoordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddySession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemSummary"}},{"kind":"Field","name":{"kind":"Name","value":"newCoordinatorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"buddyAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declinedBy"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endNote"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemSession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<DeclineTandemMutation, DeclineTandemMutationVariables>;
export const PauseTandemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseTandem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PauseBuddyPairingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseBuddyPairing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mySide"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortNumber"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"newCoordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddySession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemSummary"}},{"kind":"Field","name":{"kind":"Name","value":"newCoordinatorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"buddyAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declinedBy"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endNote"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemSession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<PauseTandemMutation, PauseTandemMutationVariables>;
export const ResumeTandemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeTandem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeBuddyPairing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mySide"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortNumber"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"newCoordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddySession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemSummary"}},{"kind":"Field","name":{"kind":"Name","value":"newCoordinatorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"buddyAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declinedBy"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endNote"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemSession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<ResumeTandemMutation, ResumeTandemMutationVariables>;
export const EndTandemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndTandem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndBuddyPairingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endBuddyPairing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mySide"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortNumber"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"newCoordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buddy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddySession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddyPairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemSummary"}},{"kind":"Field","name":{"kind":"Name","value":"newCoordinatorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"buddyAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declinedBy"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endNote"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemSession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<EndTandemMutation, EndTandemMutationVariables>;
export const PlanTandemSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanTandemSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanBuddySessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planBuddySession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemSession"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddySession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<PlanTandemSessionMutation, PlanTandemSessionMutationVariables>;
export const RescheduleTandemSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleTandemSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleBuddySessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleBuddySession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemSession"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddySession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<RescheduleTandemSessionMutation, RescheduleTandemSessionMutationVariables>;
export const CancelTandemSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelTandemSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelBuddySessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBuddySession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemSession"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddySession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<CancelTandemSessionMutation, CancelTandemSessionMutationVariables>;
export const RecordTandemSessionOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTandemSessionOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordBuddySessionOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBuddySessionOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemSession"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddySession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<RecordTandemSessionOutcomeMutation, RecordTandemSessionOutcomeMutationVariables>;
export const SetTandemSessionNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTandemSessionNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetBuddySessionNotesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBuddySessionNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TandemSession"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TandemSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuddySession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<SetTandemSessionNotesMutation, SetTandemSessionNotesMutationVariables>;
export const AddTandemGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTandemGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddBuddyGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBuddyGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddTandemGoalMutation, AddTandemGoalMutationVariables>;
export const SetTandemGoalStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTandemGoalStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetBuddyGoalStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBuddyGoalStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetTandemGoalStatusMutation, SetTandemGoalStatusMutationVariables>;
export const GiveTandemFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GiveTandemFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GiveBuddyFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giveBuddyFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<GiveTandemFeedbackMutation, GiveTandemFeedbackMutationVariables>;
export const ReportTandemProblemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportTandemProblem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportBuddyProblemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportBuddyProblem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportTandemProblemMutation, ReportTandemProblemMutationVariables>;
export const CalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]} as unknown as DocumentNode<CalendarFeedQuery, CalendarFeedQueryVariables>;
export const CreateCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarFeed"}}]}}]} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const ManagerCohortsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagerCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participationCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupying"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ManagerCohortsQuery, ManagerCohortsQueryVariables>;
export const CohortOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohortOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohortOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupying"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewParticipation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewParticipation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewParticipation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorExperience"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<CohortOverviewQuery, CohortOverviewQueryVariables>;
export const NetworksToInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworksToInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<NetworksToInviteQuery, NetworksToInviteQueryVariables>;
export const PeopleToChooseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleToChoose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<PeopleToChooseQuery, PeopleToChooseQueryVariables>;
export const InviteNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkInCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<InviteNetworkMutation, InviteNetworkMutationVariables>;
export const EnrollNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrollNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkInCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]} as unknown as DocumentNode<EnrollNetworkMutation, EnrollNetworkMutationVariables>;
export const ActivateParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ActivateParticipationMutation, ActivateParticipationMutationVariables>;
export const CompleteParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteParticipationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CompleteParticipationMutation, CompleteParticipationMutationVariables>;
export const WithdrawParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawParticipationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawParticipationMutation, WithdrawParticipationMutationVariables>;
export const MoveUpFromWaitingListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveUpFromWaitingList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveUpFromWaitingList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MoveUpFromWaitingListMutation, MoveUpFromWaitingListMutationVariables>;
export const SetNetworkCoordinatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNetworkCoordinator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetNetworkCoordinatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNetworkCoordinator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentCoordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SetNetworkCoordinatorMutation, SetNetworkCoordinatorMutationVariables>;
export const LocalCycleHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocalCycleHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myLocalCycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LocalCycleHomeQuery, LocalCycleHomeQueryVariables>;
export const MyLocalCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLocalCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"myParticipation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myLocalCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalCycleView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalWorkshopItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalWorkshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalCycleView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalWorkshopItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseSince"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phaseHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromPhase"}},{"kind":"Field","name":{"kind":"Name","value":"toPhase"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localWorkshopId"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}}]}}]}}]} as unknown as DocumentNode<MyLocalCycleQuery, MyLocalCycleQueryVariables>;
export const LocalCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocalCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalCycleView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalWorkshopItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalWorkshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalCycleView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalWorkshopItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseSince"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phaseHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromPhase"}},{"kind":"Field","name":{"kind":"Name","value":"toPhase"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localWorkshopId"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}}]}}]}}]} as unknown as DocumentNode<LocalCycleQuery, LocalCycleQueryVariables>;
export const LocalTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocalTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"gapDays"}},{"kind":"Field","name":{"kind":"Name","value":"defaultFormat"}}]}}]}}]} as unknown as DocumentNode<LocalTemplateQuery, LocalTemplateQueryVariables>;
export const InitiativesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Initiatives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}}]}}]}}]} as unknown as DocumentNode<InitiativesQuery, InitiativesQueryVariables>;
export const SimilarInitiativesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarInitiatives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarInitiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SimilarInitiativesQuery, SimilarInitiativesQueryVariables>;
export const AddInitiativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddInitiative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddInitiativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}}]}}]}}]} as unknown as DocumentNode<AddInitiativeMutation, AddInitiativeMutationVariables>;
export const UpdateInitiativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInitiative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInitiativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}}]}}]}}]} as unknown as DocumentNode<UpdateInitiativeMutation, UpdateInitiativeMutationVariables>;
export const PlanLocalCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanLocalCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanLocalCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planLocalCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalCycleView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalWorkshopItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalWorkshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalCycleView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalWorkshopItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseSince"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phaseHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromPhase"}},{"kind":"Field","name":{"kind":"Name","value":"toPhase"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localWorkshopId"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}}]}}]}}]} as unknown as DocumentNode<PlanLocalCycleMutation, PlanLocalCycleMutationVariables>;
export const ChangeLocalCycleStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeLocalCycleStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeLocalCycleStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeLocalCycleStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalCycleView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalWorkshopItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalWorkshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalCycleView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalWorkshopItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseSince"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phaseHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromPhase"}},{"kind":"Field","name":{"kind":"Name","value":"toPhase"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localWorkshopId"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}}]}}]}}]} as unknown as DocumentNode<ChangeLocalCycleStatusMutation, ChangeLocalCycleStatusMutationVariables>;
export const ReopenLocalCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenLocalCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenLocalCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenLocalCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalCycleView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalWorkshopItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalWorkshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalCycleView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalWorkshopItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseSince"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phaseHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromPhase"}},{"kind":"Field","name":{"kind":"Name","value":"toPhase"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localWorkshopId"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}}]}}]}}]} as unknown as DocumentNode<ReopenLocalCycleMutation, ReopenLocalCycleMutationVariables>;
export const CreateLocalWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLocalWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLocalWorkshopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLocalWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalCycleView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalWorkshopItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalWorkshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalCycleView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalWorkshopItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseSince"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phaseHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromPhase"}},{"kind":"Field","name":{"kind":"Name","value":"toPhase"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localWorkshopId"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}}]}}]}}]} as unknown as DocumentNode<CreateLocalWorkshopMutation, CreateLocalWorkshopMutationVariables>;
export const UpdateLocalWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLocalWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLocalWorkshopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLocalWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalCycleView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalWorkshopItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalWorkshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalCycleView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalWorkshopItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseSince"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phaseHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromPhase"}},{"kind":"Field","name":{"kind":"Name","value":"toPhase"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localWorkshopId"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}}]}}]}}]} as unknown as DocumentNode<UpdateLocalWorkshopMutation, UpdateLocalWorkshopMutationVariables>;
export const RescheduleLocalWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleLocalWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleLocalWorkshopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleLocalWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalCycleView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalWorkshopItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalWorkshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalCycleView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalWorkshopItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseSince"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phaseHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromPhase"}},{"kind":"Field","name":{"kind":"Name","value":"toPhase"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localWorkshopId"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}}]}}]}}]} as unknown as DocumentNode<RescheduleLocalWorkshopMutation, RescheduleLocalWorkshopMutationVariables>;
export const PublishLocalWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishLocalWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishLocalWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalCycleView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalWorkshopItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalWorkshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalCycleView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalWorkshopItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseSince"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phaseHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromPhase"}},{"kind":"Field","name":{"kind":"Name","value":"toPhase"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localWorkshopId"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}}]}}]}}]} as unknown as DocumentNode<PublishLocalWorkshopMutation, PublishLocalWorkshopMutationVariables>;
export const MarkLocalWorkshopHeldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkLocalWorkshopHeld"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markLocalWorkshopHeld"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalCycleView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalWorkshopItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalWorkshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalCycleView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalWorkshopItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseSince"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phaseHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromPhase"}},{"kind":"Field","name":{"kind":"Name","value":"toPhase"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localWorkshopId"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}}]}}]}}]} as unknown as DocumentNode<MarkLocalWorkshopHeldMutation, MarkLocalWorkshopHeldMutationVariables>;
export const CancelLocalWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelLocalWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelLocalWorkshopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelLocalWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalCycleView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalWorkshopItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalWorkshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalCycleView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalWorkshopItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseSince"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phaseHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromPhase"}},{"kind":"Field","name":{"kind":"Name","value":"toPhase"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localWorkshopId"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}}]}}]}}]} as unknown as DocumentNode<CancelLocalWorkshopMutation, CancelLocalWorkshopMutationVariables>;
export const EnrolInitiativesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolInitiatives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolInitiativesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolInitiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalCycleView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalWorkshopItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalWorkshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalCycleView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalWorkshopItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseSince"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phaseHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromPhase"}},{"kind":"Field","name":{"kind":"Name","value":"toPhase"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localWorkshopId"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}}]}}]}}]} as unknown as DocumentNode<EnrolInitiativesMutation, EnrolInitiativesMutationVariables>;
export const SetEnrolmentStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEnrolmentStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEnrolmentStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEnrolmentStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalCycleView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalWorkshopItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalWorkshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalCycleView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalWorkshopItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseSince"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phaseHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromPhase"}},{"kind":"Field","name":{"kind":"Name","value":"toPhase"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localWorkshopId"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}}]}}]}}]} as unknown as DocumentNode<SetEnrolmentStatusMutation, SetEnrolmentStatusMutationVariables>;
export const InviteInitiativeContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteInitiativeContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteContactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteInitiativeContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<InviteInitiativeContactsMutation, InviteInitiativeContactsMutationVariables>;
export const SaveLocalAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveLocalAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveLocalAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveLocalAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalCycleView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalWorkshopItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalWorkshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalCycleView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalWorkshopItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseSince"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phaseHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromPhase"}},{"kind":"Field","name":{"kind":"Name","value":"toPhase"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localWorkshopId"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}}]}}]}}]} as unknown as DocumentNode<SaveLocalAttendanceMutation, SaveLocalAttendanceMutationVariables>;
export const ChangeSelfAnalysisPhaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeSelfAnalysisPhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeSelfAnalysisPhaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeSelfAnalysisPhase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalCycleView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalWorkshopItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalWorkshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InitiativeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Initiative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalCycleView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalWorkshopItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseSince"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InitiativeItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phaseHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromPhase"}},{"kind":"Field","name":{"kind":"Name","value":"toPhase"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localWorkshopId"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}}]}}]}}]} as unknown as DocumentNode<ChangeSelfAnalysisPhaseMutation, ChangeSelfAnalysisPhaseMutationVariables>;
export const LocalCycleOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocalCycleOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localCycleOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participationId"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"localCycleId"}},{"kind":"Field","name":{"kind":"Name","value":"cycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"initiativesInvited"}},{"kind":"Field","name":{"kind":"Name","value":"initiativesEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"workshopsPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"workshopsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"}},{"kind":"Field","name":{"kind":"Name","value":"networksWithCycle"}},{"kind":"Field","name":{"kind":"Name","value":"initiativesEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"workshopsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LocalCycleOverviewQuery, LocalCycleOverviewQueryVariables>;
export const MyParticipationIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyParticipationIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myParticipation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MyParticipationIdsQuery, MyParticipationIdsQueryVariables>;
export const MyCohortsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myParticipation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyCohortsQuery, MyCohortsQueryVariables>;
export const PeerGroupsOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeerGroupsOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagerGroup"}},{"kind":"Field","name":{"kind":"Name","value":"nextRound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagerGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<PeerGroupsOverviewQuery, PeerGroupsOverviewQueryVariables>;
export const PeerGroupCohortsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeerGroupCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeerGroupCohortsQuery, PeerGroupCohortsQueryVariables>;
export const ManagerPeerGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagerPeerGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagerGroup"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagerRound"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagerGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagerRound"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rsvpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"maybe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceCount"}}]}}]} as unknown as DocumentNode<ManagerPeerGroupQuery, ManagerPeerGroupQueryVariables>;
export const PeerGroupSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeerGroupSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroupSuggestionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerGroupSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bundeslaender"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"bundesland"}}]}}]}}]}}]} as unknown as DocumentNode<PeerGroupSuggestionsQuery, PeerGroupSuggestionsQueryVariables>;
export const PeerMemberCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeerMemberCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<PeerMemberCandidatesQuery, PeerMemberCandidatesQueryVariables>;
export const FormPeerGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FormPeerGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FormPeerGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formPeerGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagerGroup"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagerGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<FormPeerGroupMutation, FormPeerGroupMutationVariables>;
export const AddPeerGroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPeerGroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPeerGroupMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPeerGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagerGroup"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagerGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<AddPeerGroupMemberMutation, AddPeerGroupMemberMutationVariables>;
export const EndPeerGroupMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndPeerGroupMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndPeerGroupMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endPeerGroupMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagerGroup"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagerGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<EndPeerGroupMembershipMutation, EndPeerGroupMembershipMutationVariables>;
export const ChangePeerGroupStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePeerGroupStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePeerGroupStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePeerGroupStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagerGroup"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagerGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<ChangePeerGroupStatusMutation, ChangePeerGroupStatusMutationVariables>;
export const PlanPeerRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanPeerRounds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanPeerRoundsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planPeerRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"skippedDates"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagerRound"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagerRound"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rsvpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"maybe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceCount"}}]}}]} as unknown as DocumentNode<PlanPeerRoundsMutation, PlanPeerRoundsMutationVariables>;
export const PlanPeerRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanPeerRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanPeerRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planPeerRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagerRound"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagerRound"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rsvpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"maybe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceCount"}}]}}]} as unknown as DocumentNode<PlanPeerRoundMutation, PlanPeerRoundMutationVariables>;
export const MovePeerRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MovePeerRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MovePeerRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movePeerRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagerRound"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagerRound"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rsvpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"maybe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceCount"}}]}}]} as unknown as DocumentNode<MovePeerRoundMutation, MovePeerRoundMutationVariables>;
export const CancelPeerRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelPeerRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelPeerRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelPeerRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagerRound"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagerRound"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rsvpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"maybe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceCount"}}]}}]} as unknown as DocumentNode<CancelPeerRoundMutation, CancelPeerRoundMutationVariables>;
export const MyPeerGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPeerGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPeerGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberCase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberRoundSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerCaseTextWarning"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"keyQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposerId"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberRoundSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"myRsvp"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyPeerGroupsQuery, MyPeerGroupsQueryVariables>;
export const PeerRoundBasicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeerRoundBasics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberRoundSummary"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceCount"}},{"kind":"Field","name":{"kind":"Name","value":"rsvpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"maybe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberRoundSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"myRsvp"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PeerRoundBasicsQuery, PeerRoundBasicsQueryVariables>;
export const PeerRoundContentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeerRoundContents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peerRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberCase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"writtenById"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rsvps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"reflection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberCase"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"keyQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposerId"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}}]}}]} as unknown as DocumentNode<PeerRoundContentsQuery, PeerRoundContentsQueryVariables>;
export const SuggestedPeerRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestedPeerRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestedRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseGiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeldOn"}},{"kind":"Field","name":{"kind":"Name","value":"hasQueuedCase"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestedPeerRolesQuery, SuggestedPeerRolesQueryVariables>;
export const RespondToPeerRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToPeerRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToPeerRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToPeerRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myRsvp"}},{"kind":"Field","name":{"kind":"Name","value":"rsvpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"maybe"}}]}}]}}]}}]} as unknown as DocumentNode<RespondToPeerRoundMutation, RespondToPeerRoundMutationVariables>;
export const AssignPeerRoundRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignPeerRoundRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignPeerRolesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignPeerRoundRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AssignPeerRoundRolesMutation, AssignPeerRoundRolesMutationVariables>;
export const ProposePeerCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposePeerCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposePeerCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposePeerCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"keyQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposerId"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}}]}}]} as unknown as DocumentNode<ProposePeerCaseMutation, ProposePeerCaseMutationVariables>;
export const SchedulePeerCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchedulePeerCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SchedulePeerCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedulePeerCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"keyQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposerId"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}}]}}]} as unknown as DocumentNode<SchedulePeerCaseMutation, SchedulePeerCaseMutationVariables>;
export const WithdrawPeerCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawPeerCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawPeerCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"keyQuestion"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposerId"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}}]}}]} as unknown as DocumentNode<WithdrawPeerCaseMutation, WithdrawPeerCaseMutationVariables>;
export const WritePeerRoundMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WritePeerRoundMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WritePeerMinutesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writePeerRoundMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<WritePeerRoundMinutesMutation, WritePeerRoundMinutesMutationVariables>;
export const GivePeerRoundFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GivePeerRoundFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GivePeerFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givePeerRoundFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"reflection"}}]}}]}}]} as unknown as DocumentNode<GivePeerRoundFeedbackMutation, GivePeerRoundFeedbackMutationVariables>;
export const RecordPeerRoundAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPeerRoundAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPeerAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPeerRoundAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceCount"}}]}}]}}]} as unknown as DocumentNode<RecordPeerRoundAttendanceMutation, RecordPeerRoundAttendanceMutationVariables>;
export const NextPeerRoundHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NextPeerRoundHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPeerGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nextRound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"myRsvp"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NextPeerRoundHomeQuery, NextPeerRoundHomeQueryVariables>;
export const PeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"isAlumnus"}},{"kind":"Field","name":{"kind":"Name","value":"erased"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignedInAt"}}]}}]}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const InvitePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InvitePersonMutation, InvitePersonMutationVariables>;
export const SetPersonRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPersonRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPersonRolesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPersonRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<SetPersonRolesMutation, SetPersonRolesMutationVariables>;
export const CohortWorkshopsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohortWorkshops"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedWorkshop"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedWorkshop"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<CohortWorkshopsQuery, CohortWorkshopsQueryVariables>;
export const PlanCohortCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanCohortCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanCohortCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planCohortCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlanCohortCycleMutation, PlanCohortCycleMutationVariables>;
export const RescheduleWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleWorkshopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedWorkshop"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedWorkshop"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<RescheduleWorkshopMutation, RescheduleWorkshopMutationVariables>;
export const UpdateWorkshopPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWorkshopPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkshopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedWorkshop"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedWorkshop"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<UpdateWorkshopPlaceMutation, UpdateWorkshopPlaceMutationVariables>;
export const PublishWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedWorkshop"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedWorkshop"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<PublishWorkshopMutation, PublishWorkshopMutationVariables>;
export const CancelWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelWorkshopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedWorkshop"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedWorkshop"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<CancelWorkshopMutation, CancelWorkshopMutationVariables>;
export const MyDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalDataExports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myErasureRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archiveBytes"}},{"kind":"Field","name":{"kind":"Name","value":"archiveUrl"}}]}}]} as unknown as DocumentNode<MyDataQuery, MyDataQueryVariables>;
export const PersonalDataExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonalDataExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalDataExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archiveBytes"}},{"kind":"Field","name":{"kind":"Name","value":"archiveUrl"}}]}}]} as unknown as DocumentNode<PersonalDataExportQuery, PersonalDataExportQueryVariables>;
export const RequestMyExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestMyExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestMyExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archiveBytes"}},{"kind":"Field","name":{"kind":"Name","value":"archiveUrl"}}]}}]} as unknown as DocumentNode<RequestMyExportMutation, RequestMyExportMutationVariables>;
export const RequestMyErasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestMyErasure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestMyErasure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}}]}}]} as unknown as DocumentNode<RequestMyErasureMutation, RequestMyErasureMutationVariables>;
export const PrivacyOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrivacyOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasureRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PrivacyOverviewQuery, PrivacyOverviewQueryVariables>;
export const PrivacyPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrivacyPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<PrivacyPeopleQuery, PrivacyPeopleQueryVariables>;
export const PersonPrivacyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPrivacy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personalDataExports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"erasureRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archiveBytes"}},{"kind":"Field","name":{"kind":"Name","value":"archiveUrl"}}]}}]} as unknown as DocumentNode<PersonPrivacyQuery, PersonPrivacyQueryVariables>;
export const ErasurePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErasurePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasurePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"contexts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ErasurePreviewQuery, ErasurePreviewQueryVariables>;
export const RequestPersonExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPersonExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPersonExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archiveBytes"}},{"kind":"Field","name":{"kind":"Name","value":"archiveUrl"}}]}}]} as unknown as DocumentNode<RequestPersonExportMutation, RequestPersonExportMutationVariables>;
export const ErasePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ErasePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"contexts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ErasePersonMutation, ErasePersonMutationVariables>;
export const RetentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Retention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retentionRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataClass"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDays"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"perProgramme"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retentionPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataClass"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retentionRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataClass"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<RetentionQuery, RetentionQueryVariables>;
export const SetRetentionPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRetentionPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRetentionPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRetentionPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataClass"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}}]}}]}}]} as unknown as DocumentNode<SetRetentionPeriodMutation, SetRetentionPeriodMutationVariables>;
export const PrivacyAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrivacyAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"privacyAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<PrivacyAuditLogQuery, PrivacyAuditLogQueryVariables>;
export const MyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}}]}}]} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const UpdateMyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}}]}}]} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const ReminderLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReminderLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventKind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}},{"kind":"Argument","name":{"kind":"Name","value":"eventKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventKind"}}},{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"eventKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReminderLedgerQuery, ReminderLedgerQueryVariables>;
export const LedgerPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerPeopleQuery, LedgerPeopleQueryVariables>;
export const LedgerPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<LedgerPersonQuery, LedgerPersonQueryVariables>;
export const RetryReminderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryReminder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryReminder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RetryReminderMutation, RetryReminderMutationVariables>;
export const ReminderEventKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReminderEventKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderEventKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"scopeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nudges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}}]}}]}}]}}]} as unknown as DocumentNode<ReminderEventKindsQuery, ReminderEventKindsQueryVariables>;
export const ReminderScopeOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReminderScopeOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventKind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderScopeOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"eventKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ReminderScopeOptionsQuery, ReminderScopeOptionsQueryVariables>;
export const ReminderRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReminderRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReminderRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReminderRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"eventKind"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"offsetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"nudge"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"replacesRuleId"}}]}}]} as unknown as DocumentNode<ReminderRulesQuery, ReminderRulesQueryVariables>;
export const PreviewRemindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewReminders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ruleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewReminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ruleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ruleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewRemindersQuery, PreviewRemindersQueryVariables>;
export const CreateReminderRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReminderRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReminderRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReminderRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReminderRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReminderRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"eventKind"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"offsetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"nudge"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"replacesRuleId"}}]}}]} as unknown as DocumentNode<CreateReminderRuleMutation, CreateReminderRuleMutationVariables>;
export const UpdateReminderRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReminderRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReminderRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReminderRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReminderRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReminderRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"eventKind"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"offsetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"nudge"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"replacesRuleId"}}]}}]} as unknown as DocumentNode<UpdateReminderRuleMutation, UpdateReminderRuleMutationVariables>;
export const DeleteReminderRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteReminderRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteReminderRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteReminderRuleMutation, DeleteReminderRuleMutationVariables>;
export const RequestSignInLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSignInLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"next"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSignInLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"next"},"value":{"kind":"Variable","name":{"kind":"Name","value":"next"}}}]}]}}]} as unknown as DocumentNode<RequestSignInLinkMutation, RequestSignInLinkMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const MyWorkshopCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkshopCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWorkshopCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendedRequired"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"unscheduled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextWorkshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"upcoming"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<MyWorkshopCycleQuery, MyWorkshopCycleQueryVariables>;
export const WorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Workshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"external"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<WorkshopQuery, WorkshopQueryVariables>;