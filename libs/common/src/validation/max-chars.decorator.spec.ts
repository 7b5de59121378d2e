import { MaxLength, validateSync } from 'class-validator';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toFieldProblems } from './validation-problems';
import { charLength, MaxChars } from './max-chars.decorator';

class Bounded {
  @MaxChars(200)
  title!: string;
}

class BoundedByClassValidator {
  @MaxLength(200)
  title!: string;
}

const problems = (title: unknown) =>
  toFieldProblems(validateSync(Object.assign(new Bounded(), { title })));

describe('MaxChars', () => {
  // What PostgreSQL's char_length answers for these texts (checked with SELECT char_length(…)).
  it.each([
    ['plain text', 'Kick-off', 8],
    ['umlauts', 'Qualifizierungsdurchgänge', 25],
    ['an emoji outside the BMP', '😀', 1],
    ['a variation selector', 'a\uFE0F', 2],
    ['a text-style selector', '☎\uFE0E', 2],
  ])('counts %s as PostgreSQL does', (_what, text, length) => {
    expect(charLength(text)).toBe(length);
  });

  it('refuses what a varchar(200) column would refuse, though MaxLength lets it pass', () => {
    const title = 'a\uFE0F'.repeat(150);
    expect(validateSync(Object.assign(new BoundedByClassValidator(), { title }))).toEqual([]);
    expect(problems(title)).toEqual([
      {
        field: 'title',
        message: {
          de: 'Darf höchstens 200 Zeichen lang sein.',
          en: 'Must be at most 200 characters long.',
        },
        reason: 'TOO_LONG',
      },
    ]);
  });

  it('accepts up to the limit, emoji included', () => {
    expect(problems('😀'.repeat(200))).toEqual([]);
    expect(problems('x'.repeat(200))).toEqual([]);
    expect(problems('x'.repeat(201))).toHaveLength(1);
  });

  it('refuses what is not text', () => {
    expect(problems(42)).toHaveLength(1);
  });
});

describe('bounded inputs', () => {
  const root = join(__dirname, '..', '..', '..');
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sources(path);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('spec.ts') ? [path] : [];
    });

  it('count characters as PostgreSQL does: no library uses MaxLength or Length', () => {
    // class-validator's MaxLength and Length both count as validator.js does, not as char_length.
    const offenders = sources(root)
      .filter((file) => /@(Max)?Length\(/.test(readFileSync(file, 'utf8')))
      .map((file) => file.slice(root.length + 1));
    expect(offenders).toEqual([]);
  });
});
