import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFeatures } from '../../app/features-context';
import { useViewer } from '../../app/viewer-context';
import { PageTitle } from '../../ui/PageTitle';

/**
 * The home page: the sections every feature offers the signed-in person, in order. A section
 * with nothing to show renders nothing; its empty frame then takes no room (app.css).
 */
export function HomePage() {
  const { t } = useTranslation('home');
  const viewer = useViewer();
  const sections = useFeatures()
    .flatMap((f) => f.home ?? [])
    .filter((s) => s.visible(viewer))
    .sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
  return (
    <Stack gap="lg">
      <PageTitle>{t('title', { name: viewer.name })}</PageTitle>
      {sections.length === 0 && <Text>{t('nothing')}</Text>}
      {sections.map((s) => (
        <section key={s.key} className="home-section">
          {s.element}
        </section>
      ))}
    </Stack>
  );
}
