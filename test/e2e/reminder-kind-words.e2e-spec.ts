import { texts } from '../../apps/web/src/features/reminders/texts';
import { TestApp } from '../support/test-app';

const KINDS = `{ reminderEventKinds { kind audiences { name } nudges { name } } }`;

type Words = {
  kinds: Record<string, string>;
  audiences: Record<string, string>;
  nudges: Record<string, string>;
};

/**
 * The web app names every kind of event, audience and nudge the server registers in German and
 * in English; without words of its own the rule form and the ledger would show the server's
 * English description to a German program manager.
 */
describe('words for what reminder rules may name', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('has German and English words for every kind, audience and nudge the server registers', async () => {
    const pm = await t.manager();
    const { reminderEventKinds } = await pm.data(KINDS);
    const registered = reminderEventKinds as {
      kind: string;
      audiences: { name: string }[];
      nudges: { name: string }[];
    }[];
    expect(registered.length).toBeGreaterThanOrEqual(8);
    for (const language of ['de', 'en'] as const) {
      const words = texts[language] as unknown as Words;
      const missing = registered.flatMap((k) => [
        ...(words.kinds[k.kind] ? [] : [`kind ${k.kind}`]),
        ...k.audiences.filter((a) => !words.audiences[a.name]).map((a) => `audience ${a.name}`),
        ...k.nudges.filter((n) => !words.nudges[n.name]).map((n) => `nudge ${n.name}`),
      ]);
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });
});
