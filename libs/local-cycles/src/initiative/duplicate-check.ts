import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { InitiativeEntity } from './initiative.entity';
import { citiesClose, namesClose, normalise } from './normalise';

/** How close two normalised names must be by trigram similarity (0–1) to count as a duplicate. */
export const NAME_SIMILARITY = 0.6;
/** The same for cities (a typo in "Schwäbisch Gmünd" is the same city). */
export const CITY_SIMILARITY = 0.6;

export type DuplicateMode = 'trigram' | 'normalised';

/**
 * Finds initiatives of a network close to a name and city: by pg_trgm similarity of the
 * normalised names and cities where the database has pg_trgm (PostgreSQL and the embedded
 * engine load it), else by the normalised comparison alone. Either way also catches names that
 * are equal after normalising. Two statements: the network's initiatives, their similarities.
 */
@Injectable()
export class DuplicateCheck {
  private mode?: Promise<DuplicateMode>;

  /** Whether this database offers pg_trgm (asked once per process). */
  modeOf(manager: EntityManager): Promise<DuplicateMode> {
    this.mode ??= manager
      .query(`SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS trgm`)
      .then((rows: { trgm: boolean }[]) => (rows[0]?.trgm ? 'trigram' : 'normalised'));
    return this.mode;
  }

  async candidates(
    manager: EntityManager,
    networkId: string,
    name: string,
    city: string,
    options: { excludeId?: string; mode?: DuplicateMode } = {},
  ): Promise<InitiativeEntity[]> {
    const rows = (await manager.findBy(InitiativeEntity, { networkId })).filter(
      (row) => row.id !== options.excludeId,
    );
    if (!rows.length) return [];
    const mode = options.mode ?? (await this.modeOf(manager));
    let close: boolean[];
    if (mode === 'trigram') {
      const scores: { name: number; city: number }[] = await manager.query(
        `SELECT similarity($1, n) AS name, similarity($2, c) AS city
           FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS t(n, c, i) ORDER BY i`,
        [
          normalise(name),
          normalise(city),
          rows.map((row) => normalise(row.name)),
          rows.map((row) => normalise(row.city)),
        ],
      );
      close = rows.map((row, i) => {
        const score = scores[i]!;
        const sameName = Number(score.name) >= NAME_SIMILARITY || namesClose(name, row.name);
        const sameCity = Number(score.city) >= CITY_SIMILARITY || citiesClose(city, row.city);
        return sameName && sameCity;
      });
    } else {
      close = rows.map((row) => namesClose(name, row.name) && citiesClose(city, row.city));
    }
    return rows.filter((_, i) => close[i]).sort((a, b) => a.name.localeCompare(b.name, 'de'));
  }
}
