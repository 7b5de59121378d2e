import { Alert, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CombinedError } from 'urql';
import { errorCode, errorMessage } from '../app/graphql/errors';

/** A page-sized answer to an error: FORBIDDEN and NOT_FOUND as pages of their own, not a crash. */
export function ErrorPage({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const { t } = useTranslation();
  const code = errorCode(error);
  const known = code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'NETWORK';
  return (
    <Stack gap="md" role="alert" aria-live="assertive">
      <Title order={1}>{t(known ? `errors.${code}.title` : 'errors.other.title')}</Title>
      <Text>
        {code === 'NETWORK' || !errorMessage(error)
          ? t(`errors.${known ? code : 'NETWORK'}.text`)
          : errorMessage(error)}
      </Text>
      <div>
        {onRetry && code !== 'FORBIDDEN' && code !== 'NOT_FOUND' ? (
          <Button onClick={onRetry}>{t('retry')}</Button>
        ) : (
          <Button component={Link} to="/" variant="light">
            {t('toHome')}
          </Button>
        )}
      </div>
    </Stack>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader aria-label={t('loading')} />
    </Center>
  );
}

interface QueryLike<T> {
  data?: T;
  fetching: boolean;
  error?: CombinedError;
}

/** Shows a query's loading state, its error as a page, or its data. */
export function QueryResult<T>({
  result,
  retry,
  children,
}: {
  result: QueryLike<T>;
  retry?: () => void;
  children: (data: T) => ReactNode;
}) {
  if (result.error && !result.data) return <ErrorPage error={result.error} onRetry={retry} />;
  if (!result.data) return <Loading />;
  return <>{children(result.data)}</>;
}

/** A message above a form for errors that name no field. */
export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert" variant="light">
      {message}
    </Alert>
  );
}
