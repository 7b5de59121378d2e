import { Anchor, AppShell, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { ViewerDocument } from '../../gql/graphql';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { QueryResult } from '../../ui/QueryResult';
import { clearSession } from '../auth/session';
import { useAccessToken } from '../auth/use-session';
import type { Feature, Viewer } from '../feature';
import { setLanguage, type AppLanguage } from '../i18n';
import { ViewerContext } from '../viewer-context';

/** The frame of every signed-in page: header, menu, language switch, sign-out. */
export function AppLayout({ features }: { features: readonly Feature[] }) {
  const token = useAccessToken();
  const location = useLocation();
  if (!token) {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  }
  return <SignedIn features={features} />;
}

function SignedIn({ features }: { features: readonly Feature[] }) {
  const [result, retry] = useQuery({ query: ViewerDocument });
  return (
    <QueryResult result={result} retry={() => retry({ requestPolicy: 'network-only' })}>
      {(data) => (
        <Frame
          features={features}
          language={data.me.preferredLanguage === 'EN' ? 'en' : 'de'}
          viewer={{
            id: data.me.id,
            name: data.me.name,
            isManager: data.me.roles.some((r) => r === 'PROGRAM_MANAGER' || r === 'ADMIN'),
            isCoordinator: data.myCohorts.length > 0,
            isAlumnus: data.me.isAlumnus,
          }}
        />
      )}
    </QueryResult>
  );
}

function Frame({
  features,
  viewer,
  language,
}: {
  features: readonly Feature[];
  viewer: Viewer;
  language: AppLanguage;
}) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const applied = useRef<string | null>(null);

  // The person's preferred language once per sign-in; the switch changes it for this browser.
  useEffect(() => {
    if (applied.current === viewer.id) return;
    applied.current = viewer.id;
    void setLanguage(language);
  }, [viewer.id, language]);

  useEffect(close, [location.pathname, close]);

  const items = useMemo(
    () =>
      features
        .flatMap((f) => (f.nav ?? []).map((item) => ({ ...item, ns: f.name })))
        .filter((item) => item.visible(viewer))
        .sort((a, b) => (a.order ?? 100) - (b.order ?? 100)),
    [features, viewer],
  );

  return (
    <ViewerContext.Provider value={viewer}>
      <Anchor href="#main" className="skip-link">
        {t('skipToContent')}
      </Anchor>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('menu')}
                aria-expanded={opened}
                aria-controls="main-menu"
              />
              <Anchor component={RouterLink} to="/" fw={700} size="lg" underline="never">
                {t('name')}
              </Anchor>
            </Group>
            <LanguageSwitch />
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" id="main-menu" aria-label={t('mainMenu')} component="nav">
          <Stack gap={4} style={{ flex: 1 }}>
            {items.map((item) => (
              <NavLink
                key={item.to}
                component={RouterLink}
                to={item.to}
                end={item.to === '/'}
                label={t(item.label, { ns: item.ns })}
              />
            ))}
          </Stack>
          <Stack gap="xs" mt="md">
            <Text size="sm" c="dimmed">
              {t('signedInAs', { name: viewer.name })}
            </Text>
            <Button variant="default" onClick={clearSession}>
              {t('signOut')}
            </Button>
          </Stack>
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </ViewerContext.Provider>
  );
}
