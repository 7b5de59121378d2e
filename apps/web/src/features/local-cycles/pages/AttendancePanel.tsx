import { Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  SaveLocalAttendanceDocument,
  type LocalAttendanceStatus,
  type LocalCycleViewFragment,
} from '../../../gql/graphql';
import { errorMessage } from '../../../app/graphql/errors';
import { formatDay } from '../../../ui/format';
import { FormError } from '../../../ui/QueryResult';
import {
  cellKey,
  changedCells,
  savedCells,
  shownCell,
  type MatrixCell,
} from '../attendance-matrix';

const STATUSES: LocalAttendanceStatus[] = ['ATTENDED', 'EXCUSED', 'NO_SHOW'];

/**
 * Attendance as a matrix (enrolled initiatives × published or held local workshops): a select
 * and a head count per cell, every control labelled and reached by Tab; one save for all.
 */
export function AttendancePanel({
  cycle,
  editable,
  onSaved,
}: {
  cycle: LocalCycleViewFragment;
  editable: boolean;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation('localCycles');
  const workshops = cycle.workshops.filter((w) => w.status === 'PUBLISHED' || w.status === 'HELD');
  const rows = cycle.enrolments.filter((e) => e.status === 'ENROLLED' || e.status === 'COMPLETED');
  const saved = useMemo(() => savedCells(cycle.attendance), [cycle.attendance]);
  const [edits, setEdits] = useState<ReadonlyMap<string, MatrixCell>>(new Map());
  const [done, setDone] = useState(false);
  const [result, save] = useMutation(SaveLocalAttendanceDocument);
  const changes = changedCells(edits, saved);

  const edit = (key: string, patch: Partial<MatrixCell>) => {
    setDone(false);
    const next = new Map(edits);
    next.set(key, { ...shownCell(key, edits, saved), ...patch });
    setEdits(next);
  };

  const submit = async () => {
    const answer = await save({ input: { localCycleId: cycle.id, cells: changes } });
    // The edits stay: they equal what is saved now, so nothing counts as changed once reloaded.
    if (!answer.error) {
      setDone(true);
      onSaved();
    }
  };

  return (
    <section aria-labelledby="attendance-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="attendance-title">
          {t('attendance.title')}
        </Title>
        {workshops.length === 0 || rows.length === 0 ? (
          <Text>{t('attendance.none')}</Text>
        ) : (
          <>
            {editable && <Text size="sm">{t('attendance.intro')}</Text>}
            <FormError message={errorMessage(result.error)} />
            <Table.ScrollContainer minWidth={180 + workshops.length * 200}>
              <Table striped withColumnBorders>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('attendance.initiative')}</Table.Th>
                    {workshops.map((w) => (
                      <Table.Th scope="col" key={w.id}>
                        {w.title}
                        {w.days[0] && (
                          <Text size="xs" c="dimmed">
                            {formatDay(w.days[0].date, i18n.language)}
                          </Text>
                        )}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.id}>
                      <Table.Th scope="row">{row.initiative.name}</Table.Th>
                      {workshops.map((w) => {
                        const key = cellKey(w.id, row.initiative.id);
                        const cell = shownCell(key, edits, saved);
                        const names = { initiative: row.initiative.name, workshop: w.title };
                        if (!editable) {
                          return (
                            <Table.Td key={w.id}>
                              {cell.status
                                ? t(`enums.LocalAttendanceStatus.${cell.status}`)
                                : t('enums.LocalAttendanceStatus.none')}
                              {cell.headCount !== null && ` (${cell.headCount})`}
                            </Table.Td>
                          );
                        }
                        return (
                          <Table.Td key={w.id}>
                            <Group gap={4} wrap="nowrap">
                              <NativeSelect
                                size="xs"
                                aria-label={t('attendance.cell', names)}
                                value={cell.status ?? ''}
                                onChange={(e) =>
                                  edit(key, {
                                    status: (e.currentTarget.value ||
                                      null) as LocalAttendanceStatus | null,
                                  })
                                }
                                data={[
                                  { value: '', label: t('enums.LocalAttendanceStatus.none') },
                                  ...STATUSES.map((s) => ({
                                    value: s,
                                    label: t(`enums.LocalAttendanceStatus.${s}`),
                                  })),
                                ]}
                              />
                              <TextInput
                                size="xs"
                                w={64}
                                type="number"
                                min={0}
                                inputMode="numeric"
                                aria-label={t('attendance.headCount', names)}
                                value={cell.headCount ?? ''}
                                disabled={!cell.status}
                                onChange={(e) => {
                                  const value = e.currentTarget.value;
                                  edit(key, {
                                    headCount: value === '' ? null : Math.max(0, Number(value)),
                                  });
                                }}
                              />
                            </Group>
                          </Table.Td>
                        );
                      })}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {editable && (
              <div>
                <Button
                  onClick={() => void submit()}
                  disabled={changes.length === 0}
                  loading={result.fetching}
                >
                  {t('attendance.save', { count: changes.length })}
                </Button>
              </div>
            )}
            {done && <Text role="status">{t('attendance.saved')}</Text>}
          </>
        )}
      </Stack>
    </section>
  );
}
