import { Client } from 'pg';

/** What the benchmark asks for, found after seeding. */
export interface BenchData {
  /** The cohort of 20 × scale networks. */
  cohortId: string;
  /** A program manager (cohortOverview, cohort, attendanceMatrix, the CSV). */
  managerId: string;
  /** An active network's coordinator (myWorkshopCycle). */
  coordinatorId: string;
  networks: number;
  workshops: number;
  attendanceRows: number;
}

/**
 * The data of one size, written in plain SQL (seconds for 2,000 networks): one programme; an
 * earlier, completed cohort of 10 × scale networks whose coordinators are alumni; the running
 * cohort of 20 × scale networks in every status (6 of 10 active, then enrolled, waiting,
 * withdrawn, invited), every 7th network handed over to a new coordinator a month ago; 10
 * workshops per cohort (held, cancelled, published ahead, one draft) with days, two
 * facilitators each and attendance (recorded for what was held, REGISTERED for what lies
 * ahead); each participation's history. Dates are relative to today, so the api, which runs on
 * the real clock, sees a cohort under way.
 */
export async function seed(url: string, scale: number): Promise<BenchData> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    // "Today" is the programme's (CURRENT_DATE below), as the api reckons it: on a server in UTC
    // the hour before midnight in Berlin would otherwise seed "today's" workshop on yesterday.
    await client.query(`SET LOCAL TIME ZONE 'Europe/Berlin'`);
    const q = (sql: string, params: unknown[] = []) => client.query(sql, params);
    const networks = 20 * scale;
    await q(
      `INSERT INTO programme (name, time_zone) VALUES ('MINT-Qualitätsoffensive', 'Europe/Berlin')`,
    );
    await q(`INSERT INTO person (name, email, roles)
             VALUES ('Petra Planer', 'petra.planer@example.org', '{PROGRAM_MANAGER}')`);
    await q(
      `INSERT INTO cohort (programme_id, number, title, start_date, end_date, capacity, status)
       SELECT id, 4, '4. Qualifizierungsdurchgang', CURRENT_DATE - 400, CURRENT_DATE - 40, $1::int, 'COMPLETED'
         FROM programme UNION ALL
       SELECT id, 5, '5. Qualifizierungsdurchgang', CURRENT_DATE - 120, CURRENT_DATE + 240, $2::int, 'RUNNING'
         FROM programme`,
      [10 * scale, 16 * scale],
    );
    await q(
      `INSERT INTO network (name, kind, bundesland, city)
       SELECT 'Bench-Netz ' || lpad(i::text, 5, '0'),
              (ARRAY['MINT_REGION','MINT_CLUSTER','ZDI_ZENTRUM','OTHER'])[1 + i % 4],
              (ARRAY['BAYERN','BERLIN','HAMBURG','HESSEN','SACHSEN','SACHSEN_ANHALT','SAARLAND'])[1 + i % 7],
              'Stadt ' || (i % 50)
         FROM generate_series(0, $1::int - 1) AS i`,
      [networks],
    );
    // A coordinator per network; every 7th network (i % 7 = 3) had a predecessor until a month ago.
    await q(
      `INSERT INTO person (name, email)
       SELECT 'Koordination ' || i, 'koordination.' || i || '@example.org'
         FROM generate_series(0, $1::int - 1) AS i
       UNION ALL
       SELECT 'Vorgänger:in ' || i, 'vorgaenger.' || i || '@example.org'
         FROM generate_series(0, $1::int - 1) AS i WHERE i % 7 = 3`,
      [networks],
    );
    await q(
      `INSERT INTO coordination (network_id, person_id, start_date, end_date)
       SELECT n.id, p.id,
              CASE WHEN i % 7 = 3 THEN CURRENT_DATE - 29 ELSE CURRENT_DATE - 800 END, NULL
         FROM network n
         JOIN LATERAL (SELECT substring(n.name from 12)::int AS i) x ON true
         JOIN person p ON p.email = 'koordination.' || x.i || '@example.org'
       UNION ALL
       SELECT n.id, p.id, CURRENT_DATE - 800, CURRENT_DATE - 30
         FROM network n
         JOIN LATERAL (SELECT substring(n.name from 12)::int AS i) x ON true
         JOIN person p ON p.email = 'vorgaenger.' || x.i || '@example.org'`,
    );
    // The earlier cohort: the first 10 × scale networks, 9 of 10 completed, 1 withdrew.
    await q(
      `INSERT INTO participation (cohort_id, network_id, status, completed_on, withdrawn_on, withdrawal_reason)
       SELECT c.id, n.id,
              CASE WHEN x.i % 10 = 9 THEN 'WITHDRAWN' ELSE 'COMPLETED' END,
              CASE WHEN x.i % 10 = 9 THEN NULL ELSE c.end_date END,
              CASE WHEN x.i % 10 = 9 THEN c.start_date + 60 END,
              CASE WHEN x.i % 10 = 9 THEN 'Keine Kapazität im Team' END
         FROM cohort c, network n
         JOIN LATERAL (SELECT substring(n.name from 12)::int AS i) x ON true
        WHERE c.number = 4 AND x.i < $1::int`,
      [10 * scale],
    );
    const statusOf = `(ARRAY['ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','ENROLLED','WAITLISTED','WITHDRAWN','INVITED'])[1 + x.i % 10]`;
    await q(
      `INSERT INTO participation (cohort_id, network_id, status, waitlisted_at, withdrawn_on, withdrawal_reason)
       SELECT c.id, n.id, ${statusOf},
              CASE WHEN x.i % 10 = 7 THEN now() - (x.i || ' minutes')::interval END,
              CASE WHEN x.i % 10 = 8 THEN CURRENT_DATE - 50 END,
              CASE WHEN x.i % 10 = 8 THEN 'Personalwechsel im Netzwerk' END
         FROM cohort c, network n
         JOIN LATERAL (SELECT substring(n.name from 12)::int AS i) x ON true
        WHERE c.number = 5`,
    );
    await q(
      `INSERT INTO participation_change (participation_id, from_status, to_status, changed_by_id, changed_at, reason)
       SELECT p.id, NULL, CASE WHEN p.status = 'WITHDRAWN' THEN 'ENROLLED' ELSE p.status END, m.id,
              c.start_date - 30, NULL
         FROM participation p JOIN cohort c ON c.id = p.cohort_id,
              person m WHERE m.email = 'petra.planer@example.org'
       UNION ALL
       SELECT p.id, 'ENROLLED', 'WITHDRAWN', m.id, p.withdrawn_on, p.withdrawal_reason
         FROM participation p, person m
        WHERE p.status = 'WITHDRAWN' AND m.email = 'petra.planer@example.org'`,
    );
    // Ten workshops per cohort, 22 days apart; in the running one: four held, one cancelled,
    // four published (the first of them today), a draft.
    await q(
      `INSERT INTO workshop (cohort_id, kind, title, format, place_name, place_address, online_url,
                             status, cancellation_reason, attendance_required)
       SELECT c.id,
              (ARRAY['KICK_OFF','WIRKUNGSLOGIK','WIRKUNGSMESSUNG','STORYTELLING','OTHER',
                     'OTHER','OTHER','OTHER','OTHER','TRANSFERWERKSTATT'])[1 + k],
              'Workshop ' || c.number || '-' || k,
              (ARRAY['IN_PERSON','ONLINE','HYBRID'])[1 + k % 3],
              CASE WHEN k % 3 <> 1 THEN 'KörberForum' END,
              CASE WHEN k % 3 <> 1 THEN 'Kehrwieder 12, 20457 Hamburg' END,
              CASE WHEN k % 3 <> 0 THEN 'https://meet.example.org/bench-' || c.number || '-' || k END,
              CASE WHEN c.number = 4 OR k < 4 THEN 'COMPLETED' WHEN k = 4 THEN 'CANCELLED'
                   WHEN k = 9 THEN 'DRAFT' ELSE 'PUBLISHED' END,
              CASE WHEN c.number = 5 AND k = 4 THEN 'Referentin erkrankt' END,
              k <> 8
         FROM cohort c, generate_series(0, 9) AS k`,
    );
    await q(
      `INSERT INTO workshop_day (workshop_id, date, start_time, end_time)
       SELECT w.id, c.start_date + 10 + 22 * x.k + d, '09:00', '17:00'
         FROM workshop w JOIN cohort c ON c.id = w.cohort_id
         JOIN LATERAL (SELECT split_part(w.title, '-', 2)::int AS k) x ON true
         JOIN LATERAL generate_series(0, CASE WHEN x.k = 0 THEN 1 ELSE 0 END) AS d ON true`,
    );
    await q(
      `INSERT INTO workshop_facilitator (workshop_id, position, person_id, name, organisation)
       SELECT w.id, 1, m.id, NULL, NULL FROM workshop w, person m
        WHERE m.email = 'petra.planer@example.org'
       UNION ALL
       SELECT w.id, 2, NULL, 'Dr. Ina Impuls', 'Phineo' FROM workshop w`,
    );
    // Held workshops: recorded for every network with a place then; ahead: REGISTERED.
    await q(
      `INSERT INTO attendance (workshop_id, participation_id, status, recorded_at)
       SELECT w.id, p.id,
              CASE WHEN w.status = 'PUBLISHED' THEN 'REGISTERED'
                   ELSE (ARRAY['ATTENDED','ATTENDED','ATTENDED','EXCUSED','NO_SHOW'])[1 + (abs(hashtext(p.id::text || w.id::text)) % 5)] END,
              CASE WHEN w.status = 'COMPLETED' THEN now() END
         FROM workshop w
         JOIN participation p ON p.cohort_id = w.cohort_id
         JOIN LATERAL (SELECT min(date) AS first_day FROM workshop_day WHERE workshop_id = w.id) d ON true
        WHERE w.status IN ('COMPLETED', 'PUBLISHED')
          AND (p.status IN ('ACTIVE', 'ENROLLED', 'COMPLETED')
               OR (p.status = 'WITHDRAWN' AND d.first_day < p.withdrawn_on AND w.status = 'COMPLETED'))`,
    );
    await q('COMMIT');
    await q('ANALYZE');
    const one = async <T>(sql: string): Promise<T> => (await q(sql)).rows[0] as T;
    const { id: cohortId } = await one<{ id: string }>(`SELECT id FROM cohort WHERE number = 5`);
    const { id: managerId } = await one<{ id: string }>(
      `SELECT id FROM person WHERE email = 'petra.planer@example.org'`,
    );
    const { id: coordinatorId } = await one<{ id: string }>(
      `SELECT id FROM person WHERE email = 'koordination.1@example.org'`,
    );
    const { n: attendanceRows } = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM attendance`,
    );
    return { cohortId, managerId, coordinatorId, networks, workshops: 10, attendanceRows };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
