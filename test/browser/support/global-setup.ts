import databaseSetup from '../../support/global-setup';
import { findChromium } from './chromium';
import { ensureWebBuilt } from './web-build';

/** The test databases, and the web app built once before the browser test files start. */
export default async function globalSetup(): Promise<void> {
  await databaseSetup();
  if (findChromium()) ensureWebBuilt();
}
