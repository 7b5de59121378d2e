import { BadUserInputError } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-code';
import { toConnection } from './connection';
import { CursorPart, decodeCursor, encodeCursor } from './cursor';

const ID = '0b7c3f0e-5d2a-4c61-9f3e-2a8e6c1d4b57';
const KEY: CursorPart[] = ['date', 'int', 'uuid'];

/** The BadUserInputError decodeCursor throws; fails the test when it accepts the cursor. */
function rejection(cursor: string, parts: readonly CursorPart[] = KEY): BadUserInputError {
  try {
    decodeCursor(cursor, parts);
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    return error as BadUserInputError;
  }
  throw new Error(`Expected the cursor ${cursor} to be rejected`);
}

const raw = (value: string) => Buffer.from(value, 'utf8').toString('base64url');

describe('cursors', () => {
  it('round-trips a keyset position', () => {
    const cursor = encodeCursor(['2024-11-27', 5, ID]);

    expect(decodeCursor(cursor, KEY)).toEqual(['2024-11-27', 5, ID]);
  });

  it('round-trips text with non-ASCII characters', () => {
    const cursor = encodeCursor(['Förderregion Süd', 3]);

    expect(decodeCursor(cursor, ['string', 'int'])).toEqual(['Förderregion Süd', 3]);
  });

  it('is opaque and safe in a URL', () => {
    const cursor = encodeCursor(['2024-11-27', 5, ID]);

    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('2024-11-27');
  });

  it('rejects a tampered cursor as bad input on the field after, in both languages', () => {
    const error = rejection('not-a-cursor!');

    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.text).toEqual({
      de: 'Ungültiger Cursor: Verwenden Sie einen endCursor aus einer vorherigen Antwort.',
      en: 'Invalid cursor: use an endCursor from an earlier answer.',
    });
    expect(error.fields).toEqual([
      { field: 'after', message: error.text, reason: 'INVALID_CURSOR' },
    ]);
    expect(error.message).toBe('Invalid cursor: use an endCursor from an earlier answer.');
  });

  it.each([
    ['an empty cursor', ''],
    ['no JSON', raw('2024-11-27,5')],
    ['an object instead of a list', raw('{"date":"2024-11-27","n":5}')],
    ['too few values', encodeCursor(['2024-11-27', 5])],
    ['too many values', encodeCursor(['2024-11-27', 5, ID, 'x'])],
    ['an impossible date', encodeCursor(['2025-02-30', 5, ID])],
    ['a number as text', encodeCursor(['2024-11-27', '5', ID])],
    ['a fractional number', encodeCursor(['2024-11-27', 5.5, ID])],
    ['an unsafe integer', raw(`["2024-11-27",${Number.MAX_SAFE_INTEGER + 2},"${ID}"]`)],
    ['SQL instead of an id', encodeCursor(['2024-11-27', 5, "' OR 1=1 --"])],
    ['values in the wrong order', encodeCursor([5, '2024-11-27', ID])],
    ['null', raw('[null,5,null]')],
  ])('rejects a cursor with %s', (_, cursor) => {
    expect(rejection(cursor).fields.map((f) => f.field)).toEqual(['after']);
  });

  it('rejects a cursor made for another list', () => {
    const cursor = encodeCursor(['Förderregion Süd', ID]);

    expect(decodeCursor(cursor, ['string', 'uuid'])).toEqual(['Förderregion Süd', ID]);
    rejection(cursor, KEY);
  });
});

describe('toConnection', () => {
  interface Row {
    id: string;
    n: number;
  }
  const rows = (count: number): Row[] =>
    Array.from({ length: count }, (_, i) => ({ id: `row-${i + 1}`, n: i + 1 }));
  const keyOf = (row: Row) => [row.n, row.id];

  it('returns `first` rows and says a next page exists when one extra row was fetched', () => {
    const page = toConnection(rows(4), 3, keyOf, 10);

    expect(page.nodes.map((r) => r.id)).toEqual(['row-1', 'row-2', 'row-3']);
    expect(page.edges.map((e) => e.node)).toEqual(page.nodes);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(10);
  });

  it('ends the list when no extra row was fetched', () => {
    const exact = toConnection(rows(3), 3, keyOf, 3);
    const short = toConnection(rows(2), 3, keyOf, 2);

    expect(exact.nodes).toHaveLength(3);
    expect(exact.pageInfo.hasNextPage).toBe(false);
    expect(short.nodes).toHaveLength(2);
    expect(short.pageInfo.hasNextPage).toBe(false);
  });

  it("gives each edge its row's cursor and ends the page on the last shown row", () => {
    const page = toConnection(rows(4), 3, keyOf, 10);

    expect(page.edges.map((e) => decodeCursor(e.cursor, ['int', 'string']))).toEqual([
      [1, 'row-1'],
      [2, 'row-2'],
      [3, 'row-3'],
    ]);
    expect(page.pageInfo.endCursor).toBe(page.edges[2]?.cursor);
    expect(decodeCursor(page.pageInfo.endCursor ?? '', ['int', 'string'])).toEqual([3, 'row-3']);
  });

  it('has no end cursor for an empty page', () => {
    const page = toConnection<Row>([], 20, keyOf, 0);

    expect(page).toEqual({
      edges: [],
      nodes: [],
      pageInfo: { hasNextPage: false, endCursor: null },
      totalCount: 0,
    });
  });
});
