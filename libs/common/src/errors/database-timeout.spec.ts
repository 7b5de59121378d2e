import { Language } from '../i18n/language';
import { ErrorCode } from './error-code';
import { presentError } from './error-presentation';

describe('a database that does not answer in time', () => {
  it.each([
    [
      'PostgreSQL cancelled the statement',
      Object.assign(new Error('canceling statement due to statement timeout'), {
        driverError: { code: '57014' },
      }),
    ],
    ['no answer on the connection', new Error('Query read timeout')],
    ['no free connection', new Error('timeout exceeded when trying to connect')],
    ['no new connection', new Error('Connection terminated due to connection timeout')],
  ])('%s: SERVICE_UNAVAILABLE (503), logged', (_case, error) => {
    const answer = presentError(error, Language.EN, false);
    expect(answer).toMatchObject({
      code: ErrorCode.SERVICE_UNAVAILABLE,
      status: 503,
      reason: 'DATABASE_TIMEOUT',
      message: 'The database is not answering right now. Please try again in a moment.',
    });
    expect(answer.unexpected).toBe(error);
  });
});
