// Only the style sheets of the Mantine components the app uses (see apps/web/mantine-styles.mts).
import 'virtual:mantine-styles';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { features } from './app/features';
import { initI18n } from './app/i18n';

void initI18n(features).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App features={features} />
    </StrictMode>,
  );
});
