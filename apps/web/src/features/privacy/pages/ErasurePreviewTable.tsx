import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ErasurePreviewQuery } from '../../../gql/graphql';

type Contexts = ErasurePreviewQuery['erasurePreview']['contexts'];

/** Per area: what erasing removes, anonymises, ends or keeps as a number, with counts. */
export function ErasurePreviewTable({ contexts }: { contexts: Contexts }) {
  const { t } = useTranslation('privacy');
  return (
    <Stack gap="md">
      {contexts.map((c) => (
        <section key={c.context} aria-labelledby={`area-${c.context}`}>
          <Title order={3} size="h5" id={`area-${c.context}`} mb={4}>
            {t(`areas.${c.context}`, { defaultValue: c.context })}
          </Title>
          {c.steps.length === 0 ? (
            <Text size="sm">{t('person.nothing')}</Text>
          ) : (
            <Table withRowBorders={false} verticalSpacing={2}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('person.what')}</Table.Th>
                  <Table.Th>{t('person.action')}</Table.Th>
                  <Table.Th ta="right">{t('person.count')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {c.steps.map((s) => (
                  <Table.Tr key={s.key}>
                    <Table.Td>{s.label}</Table.Td>
                    <Table.Td>{t(`actions.${s.action}`)}</Table.Td>
                    <Table.Td ta="right">{s.count}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </section>
      ))}
    </Stack>
  );
}
