import { Button, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import {
  AttendanceMatrixDocument,
  RecordAttendanceMatrixDocument,
  type AttendanceMatrixQuery,
  type AttendanceStatus,
} from '../../../gql/graphql';
import { errorMessage } from '../../../app/graphql/errors';
import { formatDay } from '../../../ui/format';
import { PageTitle } from '../../../ui/PageTitle';
import { FormError, QueryResult } from '../../../ui/QueryResult';
import { CohortNav } from '../../cohorts/pages/CohortNav';
import { cellKey, changesByWorkshop } from '../matrix-changes';

const STATUSES: AttendanceStatus[] = ['REGISTERED', 'ATTENDED', 'EXCUSED', 'NO_SHOW'];

/** Attendance entry as a matrix (networks × workshops), saved in one go. */
export function AttendancePage() {
  const { t } = useTranslation('attendance');
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({
    query: AttendanceMatrixDocument,
    variables: { cohortId: id },
  });
  // Kept here, not in the matrix: the matrix starts afresh with the saved answer (its key
  // changes), and "saved" must outlive that, or it flashes by faster than anyone can read it.
  const [saved, setSaved] = useState(false);
  return (
    <QueryResult result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ attendanceMatrix }) => (
        <Stack gap="md">
          <PageTitle>{t('title', { number: attendanceMatrix.cohort.number })}</PageTitle>
          <CohortNav cohortId={id} />
          <Text>{t('intro')}</Text>
          <Matrix
            key={JSON.stringify(attendanceMatrix.rows.map((r) => r.cells.map((c) => c.status)))}
            matrix={attendanceMatrix}
            saved={saved}
            onSaving={() => setSaved(false)}
            onSaved={() => {
              setSaved(true);
              refetch({ requestPolicy: 'network-only' });
            }}
          />
        </Stack>
      )}
    </QueryResult>
  );
}

function Matrix({
  matrix,
  saved,
  onSaving,
  onSaved,
}: {
  matrix: AttendanceMatrixQuery['attendanceMatrix'];
  saved: boolean;
  onSaving: () => void;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation('attendance');
  const workshops = matrix.workshops.filter(
    (w) => w.status === 'PUBLISHED' || w.status === 'COMPLETED',
  );
  const original = useMemo(() => {
    const map = new Map<string, AttendanceStatus | null>();
    for (const row of matrix.rows) {
      for (const cell of row.cells) {
        map.set(cellKey(cell.workshop.id, row.participation.id), cell.status ?? null);
      }
    }
    return map;
  }, [matrix]);
  const [edits, setEdits] = useState(new Map<string, AttendanceStatus>());
  const [result, record] = useMutation(RecordAttendanceMatrixDocument);
  const changes = changesByWorkshop(edits, original);
  const count = changes.reduce((sum, c) => sum + c.entries.length, 0);

  if (workshops.length === 0) return <Text>{t('none')}</Text>;

  const save = async () => {
    onSaving();
    const answer = await record({ input: { workshops: changes } });
    if (!answer.error) onSaved();
  };

  return (
    <Stack gap="sm">
      <FormError message={errorMessage(result.error)} />
      <Table.ScrollContainer minWidth={200 + workshops.length * 160}>
        <Table striped withColumnBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('network')}</Table.Th>
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
              <Table.Th scope="col">{t('progress')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {matrix.rows.map((row) => (
              <Table.Tr key={row.participation.id}>
                <Table.Th scope="row">{row.participation.network.name}</Table.Th>
                {workshops.map((w) => {
                  const key = cellKey(w.id, row.participation.id);
                  const value = edits.get(key) ?? original.get(key) ?? null;
                  if (!original.has(key)) return <Table.Td key={w.id} />;
                  return (
                    <Table.Td key={w.id}>
                      <NativeSelect
                        size="xs"
                        aria-label={t('cell', {
                          network: row.participation.network.name,
                          workshop: w.title,
                        })}
                        value={value ?? ''}
                        onChange={(e) => {
                          onSaving();
                          const next = new Map(edits);
                          next.set(key, e.currentTarget.value as AttendanceStatus);
                          setEdits(next);
                        }}
                        data={[
                          ...(value ? [] : [{ value: '', label: '–' }]),
                          ...STATUSES.map((s) => ({
                            value: s,
                            label: t(`enums.AttendanceStatus.${s}`, { ns: 'app' }),
                          })),
                        ]}
                      />
                    </Table.Td>
                  );
                })}
                <Table.Td>
                  {row.progress.attendedRequired}/{row.progress.required}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <div>
        <Button onClick={() => void save()} disabled={count === 0} loading={result.fetching}>
          {t('save', { count })}
        </Button>
      </div>
      {saved && <Text role="status">{t('saved')}</Text>}
    </Stack>
  );
}
