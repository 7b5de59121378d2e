/**
 * The baseline's hand-written SQL: one statement per read path, answering the JSON Zyklus
 * answers (the same rows, the same fields, access checked in the statement), as a
 * schema-generated GraphQL server over PostgreSQL would. $1 is the cohort (the person for the
 * cycle), $2 the person asking.
 */

/** Today in the cohort's programme's time zone. */
const TODAY = `(now() AT TIME ZONE g.time_zone)::date`;

const DAYS = `(SELECT json_agg(json_build_object('date', to_char(d.date, 'YYYY-MM-DD'),
                 'startTime', to_char(d.start_time, 'HH24:MI'), 'endTime', to_char(d.end_time, 'HH24:MI'))
                 ORDER BY d.date) FROM workshop_day d WHERE d.workshop_id = w.id)`;

const MANAGER = `EXISTS (SELECT 1 FROM person m WHERE m.id = $2
                 AND m.roles && ARRAY['PROGRAM_MANAGER', 'ADMIN']::varchar[])`;

/** The participations of cohort $1 with network, today's coordinator and experience. */
const PARTICIPATIONS = `
  c AS (SELECT c.*, LEAST(c.end_date, ${TODAY}) AS on_day FROM cohort c
          JOIN programme g ON g.id = c.programme_id WHERE c.id = $1 AND ${MANAGER}),
  p AS (
    SELECT p.*, n.name AS network_name, n.bundesland, k.person_id, pe.name AS person_name, pe.email,
           CASE WHEN p.status = 'WAITLISTED'
                THEN row_number() OVER (PARTITION BY p.status ORDER BY p.waitlisted_at, p.id) END AS position,
           CASE WHEN k.person_id IS NULL THEN NULL
                WHEN EXISTS (
                  SELECT 1 FROM participation p2 JOIN cohort c2 ON c2.id = p2.cohort_id
                    JOIN coordination k2 ON k2.network_id = p2.network_id
                     AND k2.start_date <= LEAST(p2.completed_on, c2.end_date)
                     AND (k2.end_date IS NULL OR k2.end_date >= LEAST(p2.completed_on, c2.end_date))
                   WHERE p2.status = 'COMPLETED' AND k2.person_id = k.person_id
                     AND c2.start_date < c.start_date) THEN 'EXPERIENCED' ELSE 'NEW' END AS experience
      FROM c JOIN participation p ON p.cohort_id = c.id
      JOIN network n ON n.id = p.network_id
      LEFT JOIN coordination k ON k.network_id = p.network_id AND k.start_date <= c.on_day
       AND (k.end_date IS NULL OR k.end_date >= c.on_day)
      LEFT JOIN person pe ON pe.id = k.person_id)`;

export const OVERVIEW_SQL = `
WITH ${PARTICIPATIONS}
SELECT json_build_object('data', json_build_object('cohortOverview', json_build_object(
  'cohort', json_build_object('title', c.title, 'capacity', c.capacity),
  'freeCapacity', GREATEST(0, c.capacity - (SELECT count(*) FROM p WHERE status IN ('ENROLLED', 'ACTIVE', 'COMPLETED'))),
  'counts', (SELECT json_build_object(
      'enrolled', count(*) FILTER (WHERE status = 'ENROLLED'),
      'active', count(*) FILTER (WHERE status = 'ACTIVE'),
      'waitlisted', count(*) FILTER (WHERE status = 'WAITLISTED'),
      'withdrawn', count(*) FILTER (WHERE status = 'WITHDRAWN')) FROM p),
  'participations', (SELECT coalesce(json_agg(json_build_object(
      'status', status, 'coordinatorExperience', experience, 'waitlistPosition', position,
      'network', json_build_object('name', network_name, 'bundesland', bundesland),
      'coordinator', CASE WHEN person_id IS NULL THEN NULL
                          ELSE json_build_object('name', person_name, 'email', email) END)
      ORDER BY lower(network_name), id), '[]') FROM p),
  'waitingList', (SELECT coalesce(json_agg(json_build_object('network', json_build_object('name', network_name))
      ORDER BY position), '[]') FROM p WHERE status = 'WAITLISTED')
)))::text AS body FROM c`;

export const COHORT_SQL = `
SELECT json_build_object('data', json_build_object('cohort',
  json_build_object('id', c.id, 'title', c.title)))::text AS body
  FROM cohort c WHERE c.id = $1 AND ${MANAGER}`;

/** Workshops of cohort $1 with first day; `s` the cycle's steps (all but cancelled count). */
const MATRIX_PARTS = `
  ${PARTICIPATIONS},
  w AS (SELECT w.*, (SELECT min(date) FROM workshop_day d WHERE d.workshop_id = w.id) AS first_day
          FROM workshop w JOIN c ON w.cohort_id = c.id),
  shown AS (SELECT * FROM w WHERE status IN ('PUBLISHED', 'COMPLETED')),
  r AS (SELECT * FROM p WHERE status IN ('ENROLLED', 'ACTIVE', 'COMPLETED', 'WITHDRAWN'))`;

const PROGRESS = `(SELECT json_build_object('attendedRequired', x.attended, 'required', x.required,
      'complete', x.required > 0 AND x.attended = x.required)
   FROM (SELECT count(*) FILTER (WHERE a.status = 'ATTENDED') AS attended, count(*) AS required
           FROM w LEFT JOIN attendance a ON a.workshop_id = w.id AND a.participation_id = r.id
          WHERE w.attendance_required AND w.status <> 'CANCELLED') x)`;

export const MATRIX_SQL = `
WITH ${MATRIX_PARTS}
SELECT json_build_object('data', json_build_object('attendanceMatrix', json_build_object(
  'workshops', (SELECT coalesce(json_agg(json_build_object('id', w.id, 'title', w.title,
      'days', (SELECT json_agg(json_build_object('date', to_char(d.date, 'YYYY-MM-DD')) ORDER BY d.date)
                 FROM workshop_day d WHERE d.workshop_id = w.id))
      ORDER BY w.first_day NULLS LAST, w.created_at), '[]') FROM shown w),
  'rows', (SELECT coalesce(json_agg(json_build_object(
      'participation', json_build_object('id', r.id, 'status', r.status,
          'network', json_build_object('name', r.network_name),
          'coordinator', CASE WHEN r.person_id IS NULL THEN NULL ELSE json_build_object('name', r.person_name) END),
      'cells', (SELECT coalesce(json_agg(json_build_object('status', a.status) ORDER BY w.first_day NULLS LAST, w.created_at), '[]')
                  FROM shown w LEFT JOIN attendance a ON a.workshop_id = w.id AND a.participation_id = r.id),
      'progress', ${PROGRESS})
      ORDER BY lower(r.network_name), r.id), '[]') FROM r)
)))::text AS body FROM c`;

/** The same rows flat, for the CSV. */
export const CSV_SQL = `
WITH ${MATRIX_PARTS}
SELECT (SELECT json_agg(json_build_object('title', w.title, 'first', to_char(w.first_day, 'DD.MM.YYYY'))
          ORDER BY w.first_day NULLS LAST, w.created_at) FROM shown w) AS workshops,
       (SELECT json_agg(json_build_object('network', r.network_name, 'coordinator', r.person_name,
          'status', r.status,
          'cells', (SELECT json_agg(a.status ORDER BY w.first_day NULLS LAST, w.created_at)
                      FROM shown w LEFT JOIN attendance a ON a.workshop_id = w.id AND a.participation_id = r.id),
          'progress', ${PROGRESS}) ORDER BY lower(r.network_name), r.id) FROM r) AS rows
  FROM c`;

/**
 * The coordinator $1's cycle in their latest cohort: every workshop in order, drafts as steps
 * not yet scheduled, their own attendance, progress over the required steps, the next one.
 */
export const CYCLE_SQL = `
WITH own AS (
  SELECT p.id, p.network_id, p.status, p.completed_on, c.id AS cohort_id, c.title, g.time_zone, ${TODAY} AS today
    FROM coordination k JOIN participation p ON p.network_id = k.network_id
    JOIN cohort c ON c.id = p.cohort_id JOIN programme g ON g.id = c.programme_id
   WHERE k.person_id = $1 AND k.start_date <= c.end_date
     AND (k.end_date IS NULL OR k.end_date >= LEAST(c.start_date, ${TODAY}))
   ORDER BY p.status = 'WITHDRAWN', c.start_date DESC LIMIT 1),
w AS (
  SELECT w.*, ${DAYS} AS days, x.first_day, x.last_day, a.status AS attendance, own.today,
         w.status <> 'DRAFT' AND (own.status IN ('ENROLLED', 'ACTIVE')
           OR (own.status = 'COMPLETED' AND own.completed_on >= x.first_day))
           AND EXISTS (SELECT 1 FROM coordination k WHERE k.network_id = own.network_id
                 AND k.person_id = $1 AND k.start_date <= x.first_day
                 AND (k.end_date IS NULL OR k.end_date >= x.first_day)) AS involved
    FROM own JOIN workshop w ON w.cohort_id = own.cohort_id
    JOIN LATERAL (SELECT min(date) AS first_day, max(date) AS last_day
                    FROM workshop_day WHERE workshop_id = w.id) x ON true
    LEFT JOIN attendance a ON a.workshop_id = w.id AND a.participation_id = own.id),
req AS (SELECT count(*) FILTER (WHERE attendance = 'ATTENDED') AS attended, count(*) AS required
          FROM w WHERE attendance_required AND status <> 'CANCELLED')
SELECT json_build_object('data', json_build_object('myWorkshopCycle', json_build_object(
  'cohort', json_build_object('title', own.title),
  'progress', (SELECT json_build_object('attendedRequired', attended, 'required', required,
       'percent', CASE WHEN required > 0 THEN round(100.0 * attended / required) ELSE 0 END,
       'complete', required > 0 AND attended = required) FROM req),
  'nextWorkshop', (SELECT json_build_object('title', w.title, 'format', w.format, 'timeZone', own.time_zone,
       'days', w.days,
       'place', CASE WHEN w.place_name IS NULL THEN NULL
                     ELSE json_build_object('name', w.place_name, 'address', w.place_address) END,
       'onlineUrl', CASE WHEN w.involved THEN w.online_url END)
     FROM w WHERE w.status = 'PUBLISHED' AND w.last_day >= w.today
     ORDER BY w.first_day, w.created_at LIMIT 1),
  'steps', (SELECT json_agg(json_build_object(
       'attendance', CASE WHEN w.status IN ('CANCELLED', 'DRAFT') THEN NULL ELSE w.attendance END,
       'required', w.attendance_required AND w.status <> 'CANCELLED',
       'upcoming', w.status = 'DRAFT' OR w.last_day >= w.today,
       'workshop', CASE WHEN w.status = 'DRAFT' THEN NULL ELSE json_build_object('title', w.title,
           'kind', w.kind, 'status', w.status, 'days', w.days) END)
     ORDER BY w.first_day NULLS LAST, w.created_at) FROM w)
)))::text AS body FROM own`;
