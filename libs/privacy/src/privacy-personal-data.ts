import {
  ErasureAction,
  ErasureStep,
  PersonalDataContext,
  PersonalDataContextProvider,
  PersonalDataExportPart,
  PersonalDataScope,
  RetentionRule,
  RetentionScope,
} from '@zyklus/common';
import { IsNull } from 'typeorm';
import { PrivacyAuditEntryEntity } from './audit/privacy-audit-entry.entity';
import { ErasureRequestEntity } from './erasure/erasure-request.entity';
import { PersonalDataExportEntity } from './export/personal-data-export.entity';

/** How long an export's download link works (and the archive is kept by default). */
export const EXPORT_DAYS = 7;

const countDeleted = async (
  scope: RetentionScope,
  table: string,
  column: string,
): Promise<number> => {
  const [row] = await scope.manager.query<{ count: number }[]>(
    scope.dryRun
      ? `SELECT count(*)::int AS count FROM ${table} WHERE ${column} < $1`
      : `WITH gone AS (DELETE FROM ${table} WHERE ${column} < $1 RETURNING 1)
         SELECT count(*)::int AS count FROM gone`,
    [scope.cutoffs.default],
  );
  return row?.count ?? 0;
};

/**
 * Data protection's own personal data: the exports of a person, their erasure requests and the
 * audit log's entries about them (ids and counts only). Erasing removes the exports and closes
 * the requests; the audit entries stay, as they hold nothing but ids.
 */
@PersonalDataContext()
export class PrivacyPersonalData implements PersonalDataContextProvider {
  readonly context = 'privacy';
  readonly description = {
    de: 'Ihre Datenexporte, Löschanträge und das Protokoll der Datenschutz-Aktionen zu Ihnen.',
    en: 'Your data exports, erasure requests and the log of privacy actions about you.',
  };
  readonly covers = [PersonalDataExportEntity, ErasureRequestEntity, PrivacyAuditEntryEntity];
  readonly erasureOrder = 150;

  readonly retention: readonly RetentionRule[] = [
    {
      dataClass: 'EXPORT_ARCHIVES',
      label: { de: 'Datenexporte (ZIP)', en: 'Data exports (ZIP)' },
      from: { de: 'nach der Anforderung', en: 'after they were requested' },
      defaultDays: EXPORT_DAYS,
      perProgramme: false,
      action: ErasureAction.REMOVE,
      enforce: (scope) => countDeleted(scope, 'personal_data_export', 'requested_at'),
    },
    {
      dataClass: 'AUDIT_LOG',
      label: { de: 'Datenschutz-Protokoll', en: 'Privacy audit log' },
      from: { de: 'nach dem Eintrag', en: 'after the entry' },
      defaultDays: 3 * 365,
      perProgramme: false,
      action: ErasureAction.REMOVE,
      enforce: (scope) => countDeleted(scope, 'privacy_audit_entry', 'at'),
    },
  ];

  async exportPerson({ manager, personId }: PersonalDataScope): Promise<PersonalDataExportPart> {
    const exports = await manager.find(PersonalDataExportEntity, {
      where: { personId },
      order: { requestedAt: 'ASC' },
    });
    const requests = await manager.find(ErasureRequestEntity, {
      where: { personId },
      order: { requestedAt: 'ASC' },
    });
    const audit = await manager.find(PrivacyAuditEntryEntity, {
      where: { subjectPersonId: personId },
      order: { at: 'ASC' },
    });
    const auditRows = audit.map((a) => ({
      at: a.at.toISOString(),
      action: a.action,
      byYou: a.actorPersonId === personId,
    }));
    return {
      data: {
        exports: exports.map((e) => ({
          requestedAt: e.requestedAt.toISOString(),
          expiresAt: e.expiresAt.toISOString(),
          downloadedAt: e.downloadedAt?.toISOString() ?? null,
        })),
        erasureRequests: requests.map((r) => ({
          requestedAt: r.requestedAt.toISOString(),
          completedAt: r.completedAt?.toISOString() ?? null,
        })),
        auditLog: auditRows,
      },
      tables: [
        {
          name: 'privacy-log',
          description: {
            de: 'Datenschutz-Aktionen zu Ihren Daten: wann, was, ob von Ihnen.',
            en: 'Privacy actions on your data: when, what, whether by you.',
          },
          rows: auditRows,
        },
      ],
    };
  }

  async previewErasure({ manager, personId }: PersonalDataScope): Promise<ErasureStep[]> {
    return [
      {
        key: 'exports',
        label: { de: 'Datenexporte', en: 'Data exports' },
        action: ErasureAction.REMOVE,
        count: await manager.countBy(PersonalDataExportEntity, { personId }),
      },
      {
        key: 'audit-log',
        label: {
          de: 'Protokolleinträge bleiben (nur Kennungen, keine Daten)',
          en: 'Log entries stay (ids only, no data)',
        },
        action: ErasureAction.KEEP_AS_COUNT,
        count: await manager.countBy(PrivacyAuditEntryEntity, { subjectPersonId: personId }),
      },
    ];
  }

  async erasePerson({ manager, personId, now }: PersonalDataScope): Promise<void> {
    await manager.delete(PersonalDataExportEntity, { personId });
    await manager.update(
      ErasureRequestEntity,
      { personId, completedAt: IsNull() },
      { completedAt: now },
    );
  }
}
