import { Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { SignInDocument } from '../../../gql/graphql';
import { appPath } from '../../../app/auth/app-path';
import { saveSession } from '../../../app/auth/session';
import { useAccessToken } from '../../../app/auth/use-session';
import { errorMessage } from '../../../app/graphql/errors';
import { setLanguage } from '../../../app/i18n';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';
import { FormError } from '../../../ui/QueryResult';
import { RequestLinkForm } from './RequestLinkForm';

/**
 * /sign-in: without a token, the form asking for a link. With `?token=…` (the mailed link),
 * the token leaves the address bar at once and is spent only when the person clicks: mail
 * scanners that open links sign no one in. A used or expired link offers a new one.
 *
 * Where to go afterwards: the page that sent the person here (`state.from`, same tab), else the
 * link's `&next=` (the link opens in a new tab without that state), else home. The form asks
 * the server to put that page into the link it mails.
 */
export function SignInPage() {
  const { t } = useTranslation('signIn');
  const location = useLocation();
  const navigate = useNavigate();
  const signedIn = useAccessToken() !== null;
  const [{ token, next }] = useState(() => {
    const params = new URLSearchParams(location.search);
    return { token: params.get('token'), next: appPath(params.get('next')) };
  });
  const [result, signIn] = useMutation(SignInDocument);
  const from = appPath((location.state as { from?: string } | null)?.from) ?? next ?? '/';

  useEffect(() => {
    document.title = `${t('title')} – Zyklus`;
    if (location.search !== '') {
      void navigate('/sign-in', { replace: true, state: location.state as unknown });
    }
  }, [location.search, location.state, navigate, t]);

  if (signedIn && !result.data) return <Navigate to={from} replace />;

  const spend = async () => {
    if (!token) return;
    const answer = await signIn({ token });
    const session = answer.data?.signIn;
    if (!session) return;
    await setLanguage(session.person.preferredLanguage === 'EN' ? 'en' : 'de');
    saveSession({ accessToken: session.accessToken, expiresAt: session.expiresAt });
    void navigate(from, { replace: true });
  };

  const failed = Boolean(result.error);
  return (
    <Container size={460} py="xl" component="main" id="main">
      <Group justify="flex-end" mb="sm">
        <LanguageSwitch />
      </Group>
      <Paper withBorder p="lg" radius="md">
        <Stack gap="md">
          <Title order={1}>{token && !failed ? t('linkTitle') : t('title')}</Title>
          {token && !failed && (
            <>
              <Text>{t('linkIntro')}</Text>
              <div>
                <Button size="md" onClick={() => void spend()} loading={result.fetching}>
                  {t('signIn')}
                </Button>
              </div>
            </>
          )}
          {failed && (
            <>
              <FormError message={errorMessage(result.error)} />
              <Title order={2} size="h3">
                {t('newLink')}
              </Title>
            </>
          )}
          {(!token || failed) && (
            <RequestLinkForm intro={failed ? t('newLinkIntro') : t('intro')} next={from} />
          )}
        </Stack>
      </Paper>
    </Container>
  );
}
