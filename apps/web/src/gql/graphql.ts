/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** A workshop is called off. */
export type CancelWorkshopInput = {
  /** The workshop to cancel. */
  id: string | number;
  /** Why (required); participants are told. */
  reason: string;
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

/** A new reminder rule, for a programme or one of its cohorts. */
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
  /** For the scope its kind declares (e.g. a peer group) only; not together with cohortId. */
  scopeId?: string | number | null | undefined;
  /** The mail it sends. */
  template?: ReminderTemplate;
};

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

/** A network and a cohort. */
export type NetworkInCohortInput = {
  /** The cohort (Qualifizierungsdurchgang). */
  cohortId: string | number;
  /** The network (Netzwerk). */
  networkId: string | number;
};

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

/** Where an in-person or hybrid workshop happens. */
export type PlaceInput = {
  /** Street, postcode and city (up to 500 characters). */
  address?: string | null | undefined;
  /** E.g. "Körber-Stiftung, KörberForum" (1–200 characters). */
  name: string;
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

/** New days for a workshop. */
export type RescheduleWorkshopInput = {
  /** At least one day, in order. */
  days: Array<WorkshopDayInput>;
  /** The draft or published workshop. */
  id: string | number;
};

/** A role stored on a person’s account. */
export type Role =
  /** Administrator: may also grant and revoke the ADMIN role. */
  | 'ADMIN'
  /** Programm-Manager:in: plans cohorts and workshops, sees everything. */
  | 'PROGRAM_MANAGER';

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

export type MyCohortsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCohortsQuery = { myCohorts: Array<{ id: string, number: number, title: string, startDate: string, endDate: string, status: CohortStatus, programme: { id: string, name: string }, myParticipation: { id: string, status: ParticipationStatus, network: { id: string, name: string } } | null, participations: Array<{ id: string, status: ParticipationStatus, network: { id: string, name: string, city: string } }> | null }> };

export type PeopleQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type PeopleQuery = { people: { totalCount: number, nodes: Array<{ id: string, name: string, email: string | null, roles: Array<Role>, isAlumnus: boolean, lastSignedInAt: string | null }> } };

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


export type ReminderLedgerQuery = { reminders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: ReminderStatus, dueAt: string, sentAt: string | null, reason: string | null, lastError: string | null, attempts: number, eventKind: string, recipient: { id: string, name: string } | null, event:
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


export type ReminderEventKindsQuery = { reminderEventKinds: Array<{ kind: string, description: string, scope: string | null, audiences: Array<{ name: string, description: string }>, nudges: Array<{ name: string, description: string, audiences: Array<string> }> }> };

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

export const OverviewParticipationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewParticipation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorExperience"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<OverviewParticipationFragment, unknown>;
export const PlannedWorkshopFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedWorkshop"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<PlannedWorkshopFragment, unknown>;
export const ReminderRuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReminderRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"eventKind"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"offsetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"nudge"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"replacesRuleId"}}]}}]} as unknown as DocumentNode<ReminderRuleFieldsFragment, unknown>;
export const WorkshopSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<WorkshopSummaryFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"isAlumnus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const AttendanceMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttendanceMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendanceMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendedRequired"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AttendanceMatrixQuery, AttendanceMatrixQueryVariables>;
export const RecordAttendanceMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendanceMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAttendanceMatrixInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendanceMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopId"}},{"kind":"Field","name":{"kind":"Name","value":"participationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordAttendanceMatrixMutation, RecordAttendanceMatrixMutationVariables>;
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
export const MyCohortsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myParticipation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyCohortsQuery, MyCohortsQueryVariables>;
export const PeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"isAlumnus"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignedInAt"}}]}}]}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const InvitePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InvitePersonMutation, InvitePersonMutationVariables>;
export const SetPersonRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPersonRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPersonRolesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPersonRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<SetPersonRolesMutation, SetPersonRolesMutationVariables>;
export const CohortWorkshopsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohortWorkshops"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedWorkshop"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedWorkshop"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<CohortWorkshopsQuery, CohortWorkshopsQueryVariables>;
export const PlanCohortCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanCohortCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanCohortCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planCohortCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlanCohortCycleMutation, PlanCohortCycleMutationVariables>;
export const RescheduleWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleWorkshopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedWorkshop"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedWorkshop"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<RescheduleWorkshopMutation, RescheduleWorkshopMutationVariables>;
export const UpdateWorkshopPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWorkshopPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkshopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedWorkshop"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedWorkshop"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<UpdateWorkshopPlaceMutation, UpdateWorkshopPlaceMutationVariables>;
export const PublishWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedWorkshop"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedWorkshop"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<PublishWorkshopMutation, PublishWorkshopMutationVariables>;
export const CancelWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelWorkshopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedWorkshop"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedWorkshop"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<CancelWorkshopMutation, CancelWorkshopMutationVariables>;
export const MyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}}]}}]} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const UpdateMyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}}]}}]} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const ReminderLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReminderLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventKind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}},{"kind":"Argument","name":{"kind":"Name","value":"eventKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventKind"}}},{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"eventKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReminderLedgerQuery, ReminderLedgerQueryVariables>;
export const LedgerPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerPeopleQuery, LedgerPeopleQueryVariables>;
export const LedgerPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<LedgerPersonQuery, LedgerPersonQueryVariables>;
export const RetryReminderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryReminder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryReminder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RetryReminderMutation, RetryReminderMutationVariables>;
export const ReminderEventKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReminderEventKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderEventKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nudges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}}]}}]}}]}}]} as unknown as DocumentNode<ReminderEventKindsQuery, ReminderEventKindsQueryVariables>;
export const ReminderRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReminderRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReminderRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReminderRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"eventKind"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"offsetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"nudge"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"replacesRuleId"}}]}}]} as unknown as DocumentNode<ReminderRulesQuery, ReminderRulesQueryVariables>;
export const PreviewRemindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewReminders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ruleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewReminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ruleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ruleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewRemindersQuery, PreviewRemindersQueryVariables>;
export const CreateReminderRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReminderRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReminderRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReminderRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReminderRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReminderRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"eventKind"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"offsetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"nudge"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"replacesRuleId"}}]}}]} as unknown as DocumentNode<CreateReminderRuleMutation, CreateReminderRuleMutationVariables>;
export const UpdateReminderRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReminderRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReminderRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReminderRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReminderRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReminderRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"eventKind"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"offsetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"nudge"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"replacesRuleId"}}]}}]} as unknown as DocumentNode<UpdateReminderRuleMutation, UpdateReminderRuleMutationVariables>;
export const DeleteReminderRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteReminderRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteReminderRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteReminderRuleMutation, DeleteReminderRuleMutationVariables>;
export const RequestSignInLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSignInLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSignInLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestSignInLinkMutation, RequestSignInLinkMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const MyWorkshopCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkshopCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWorkshopCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendedRequired"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"unscheduled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextWorkshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"upcoming"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<MyWorkshopCycleQuery, MyWorkshopCycleQueryVariables>;
export const WorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Workshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"external"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<WorkshopQuery, WorkshopQueryVariables>;