import { DataSource } from 'typeorm';
import { ServiceTestModule } from '../../../../test/support/service-module';

/** The database itself refuses values no enum of the code knows (STYLE §13). */
describe('the workshop tables’ check constraints on PostgreSQL', () => {
  let t: ServiceTestModule;
  let db: DataSource;

  beforeAll(async () => {
    t = await ServiceTestModule.start([]);
    db = t.get(DataSource);
  });
  afterAll(() => t.close());

  /** The constraint that refused `sql`, or null if it went through. */
  async function refusedBy(sql: string, parameters: unknown[]): Promise<string | null> {
    try {
      await db.query(sql, parameters);
      return null;
    } catch (error) {
      return (error as { constraint?: string }).constraint ?? String(error);
    }
  }

  const workshopRow = (cohortId: string, kind: string) =>
    refusedBy(
      `INSERT INTO workshop (cohort_id, kind, title, format, status)
       VALUES ($1, $2, 'Auftaktworkshop', 'ONLINE', 'DRAFT') RETURNING id`,
      [cohortId, kind],
    );

  const stepRow = (programmeId: string, position: number, kind: string, format: string) =>
    refusedBy(
      `INSERT INTO cycle_template_step
         (programme_id, position, kind, title, duration_days, day_start, day_end,
          default_format, attendance_required, gap_days)
       VALUES ($1, $2, $3, 'Auftaktworkshop', 2.5, '09:00', '17:00', $4, true, 0)`,
      [programmeId, position, kind, format],
    );

  it('refuses an unknown workshop kind', async () => {
    const cohort = await t.given.cohort();
    expect(await workshopRow(cohort.id, 'KICK_OFF')).toBeNull();
    expect(await workshopRow(cohort.id, 'PARTY')).toBe('ck_workshop_kind');
  });

  it('refuses an unknown kind or default format of a template step', async () => {
    const programme = await t.given.programme();
    expect(await stepRow(programme.id, 1, 'KICK_OFF', 'IN_PERSON')).toBeNull();
    expect(await stepRow(programme.id, 2, 'PARTY', 'ONLINE')).toBe('ck_cycle_template_step_kind');
    expect(await stepRow(programme.id, 3, 'OTHER', 'CARRIER_PIGEON')).toBe(
      'ck_cycle_template_step_default_format',
    );
  });

  it('refuses an unknown kind of workshop change', async () => {
    const cohort = await t.given.cohort();
    const [row] = await db.query<{ id: string }[]>(
      `INSERT INTO workshop (cohort_id, kind, title, format, status)
       VALUES ($1, 'OTHER', 'Netzwerktreffen', 'ONLINE', 'DRAFT') RETURNING id`,
      [cohort.id],
    );
    const change = (kind: string) =>
      refusedBy(
        `INSERT INTO workshop_change (workshop_id, kind, changed_at, sequence)
         VALUES ($1, $2, now(), 0)`,
        [row!.id, kind],
      );
    expect(await change('PUBLISHED')).toBeNull();
    expect(await change('FORGOTTEN')).toBe('ck_workshop_change_kind');
  });
});
