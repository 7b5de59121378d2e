import { Injectable, SetMetadata } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LocalizedText } from '../i18n/language';

/**
 * The per-context contract of data protection (DESIGN §6). Every library that stores rows about a
 * person provides one `PersonalDataContext`: an exporter (its rows about a person as plain data),
 * an eraser (anonymise or delete, inside the caller's transaction, with a preview) and its
 * retention rules. It marks the class with `@PersonalDataContext()`; `libs/privacy` finds every
 * such provider at start-up (Nest discovery, like a plugin) and orchestrates them, without
 * importing any feature library or reading their tables. The contract lives here, in
 * `@zyklus/common`, because identity — which `libs/privacy` builds on for sign-in — implements
 * it too. See the README, "Personal data in a new context".
 */
export const PERSONAL_DATA_CONTEXT = 'zyklus:personal-data-context';

/** Marks a provider as its library's personal-data context (exporter, eraser, retention). */
export const PersonalDataContext = (): ClassDecorator => (target) => {
  SetMetadata(PERSONAL_DATA_CONTEXT, true)(target);
  Injectable()(target);
};

/** What one call is about: whose data, now, in which transaction. */
export interface PersonalDataScope {
  readonly personId: string;
  /** The caller's transaction: read and write only through it. */
  readonly manager: EntityManager;
  readonly now: Date;
}

/** A cell of a CSV table. */
export type CsvCell = string | number | boolean | null;

/** A table a person would open in a spreadsheet: one CSV file in the archive. */
export interface PersonalDataTable {
  /** File name without extension, kebab-case, e.g. `sign-in-history`. */
  readonly name: string;
  readonly description: LocalizedText;
  readonly rows: readonly Record<string, CsvCell>[];
}

/** A context's part of an export: `<context>.json` holds `data`, each table a CSV beside it. */
export interface PersonalDataExportPart {
  /** Plain, JSON-serialisable data; only this person's rows and texts, never other people's. */
  readonly data: Record<string, unknown>;
  readonly tables?: readonly PersonalDataTable[];
}

/** What an erasure does to one kind of row. */
export enum ErasureAction {
  /** The rows are deleted. */
  REMOVE = 'REMOVE',
  /** The rows stay, without the person's name, address and texts. */
  ANONYMISE = 'ANONYMISE',
  /** The rows stay as they are, only counted (aggregates such as attendance counts). */
  KEEP_AS_COUNT = 'KEEP_AS_COUNT',
  /** Something that ends (a pairing, a membership, a pending reminder) with a reason. */
  END = 'END',
}

/** One line of an erasure preview: "12 pending reminders will be cancelled". */
export interface ErasureStep {
  /** e.g. `sign-in-links`: stable, for clients. */
  readonly key: string;
  readonly label: LocalizedText;
  readonly action: ErasureAction;
  readonly count: number;
}

/** Cut-off instants of one retention rule: rows older than these are due. */
export interface RetentionCutoffs {
  /** For rows of programmes without a period of their own, and rows of no programme. */
  readonly default: Date;
  /** Programmes that set their own period. */
  readonly byProgramme: ReadonlyMap<string, Date>;
}

/** What a retention rule is asked to do: count (preview) or delete/anonymise what is due. */
export interface RetentionScope {
  readonly manager: EntityManager;
  readonly now: Date;
  readonly cutoffs: RetentionCutoffs;
  /** true for `retentionPreview`: count, change nothing. */
  readonly dryRun: boolean;
}

/** One class of personal data with a retention period from a clear event (Art. 5(1)(e)). */
export interface RetentionRule {
  /** Stable, UPPER_SNAKE_CASE, e.g. `SIGN_IN_LINKS`; settings refer to it. */
  readonly dataClass: string;
  readonly label: LocalizedText;
  /** The moment the period starts, e.g. "after the link expired". */
  readonly from: LocalizedText;
  readonly defaultDays: number;
  /** Whether a programme may set its own period (the rows belong to a programme). */
  readonly perProgramme: boolean;
  readonly action: ErasureAction.REMOVE | ErasureAction.ANONYMISE;
  /** Counts (dryRun) or removes/anonymises the rows due under `cutoffs`; answers the count. */
  enforce(scope: RetentionScope): Promise<number>;
}

/**
 * One library's personal data. Implement it in `libs/<context>/src/privacy/`, mark it with
 * `@PersonalDataContext()` and list it in the module's providers.
 */
export interface PersonalDataContextProvider {
  /** The file name in the archive (`<context>.json`), e.g. `buddies`. */
  readonly context: string;
  readonly description: LocalizedText;
  /**
   * The entity classes (or table names) whose person references this context exports and erases.
   * A test fails when an entity with a person reference is covered by no context.
   */
  readonly covers: readonly (Function | string)[];
  /**
   * Erasure order: lower first (default 50). The reminders (0) cancel everything pending for
   * the person first; contexts that end memberships come next; identity (200) anonymises the
   * profile last.
   */
  readonly erasureOrder?: number;
  exportPerson(scope: PersonalDataScope): Promise<PersonalDataExportPart>;
  previewErasure(scope: PersonalDataScope): Promise<ErasureStep[]>;
  /**
   * Anonymises or deletes within `scope.manager` (the erasure's one transaction). Throw a
   * DomainError to refuse (e.g. the last admin): nothing is then erased anywhere.
   */
  erasePerson(scope: PersonalDataScope): Promise<void>;
  readonly retention?: readonly RetentionRule[];
}

/**
 * SQL for "the cut-off of this row's programme": a CASE over the programmes with their own
 * period, else the default. `programmeSql` is the row's programme id expression; parameters are
 * appended to `params` (positional `$n`).
 */
export function cutoffSql(
  cutoffs: RetentionCutoffs,
  programmeSql: string,
  params: unknown[],
): string {
  const whens = [...cutoffs.byProgramme].map(([programmeId, at]) => {
    params.push(programmeId, at);
    return `WHEN ${programmeSql} = $${params.length - 1}::uuid THEN $${params.length}::timestamptz`;
  });
  params.push(cutoffs.default);
  const fallback = `$${params.length}::timestamptz`;
  return whens.length ? `(CASE ${whens.join(' ')} ELSE ${fallback} END)` : fallback;
}
