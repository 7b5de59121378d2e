import { Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RemindersModule, ReminderPlanner } from '@zyklus/reminders';
import { DataSource } from 'typeorm';
import { TEST_SESSION, TestSessionSource } from './test-session.source';

/**
 * The test-only kind's own "context": it changes its sessions and, in the same transaction,
 * asks the planner to follow (its triggers), as the workshops do.
 */
@Injectable()
export class TestSessions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly planner: ReminderPlanner,
  ) {}

  group(programmeId: string): Promise<string> {
    return this.one(`INSERT INTO test_group (programme_id) VALUES ($1) RETURNING id`, [
      programmeId,
    ]);
  }

  schedule(s: {
    groupId: string;
    title: string;
    date: string;
    hostId: string;
    memberIds: string[];
  }) {
    return this.dataSource.transaction(async (manager) => {
      const [{ id }] = await manager.query<[{ id: string }]>(
        `INSERT INTO test_session (group_id, title, date, start_time, end_time, host_id, member_ids)
         VALUES ($1, $2, $3, '18:00', '20:00', $4, $5) RETURNING id`,
        [s.groupId, s.title, s.date, s.hostId, s.memberIds],
      );
      await this.planner.materialise(manager, TEST_SESSION, [id]);
      return id;
    });
  }

  /** Moves a session to another day; its members hear of it (SEQUENCE raised, history kept). */
  move(id: string, date: string) {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE test_session
            SET history = history || jsonb_build_array(jsonb_build_object(
                  'sequence', sequence + 1,
                  'daysBefore', jsonb_build_array(jsonb_build_object(
                    'date', to_char(date, 'YYYY-MM-DD'), 'startTime', to_char(start_time, 'HH24:MI'),
                    'endTime', to_char(end_time, 'HH24:MI'))),
                  'detailsBefore', null)),
                sequence = sequence + 1, date = $2
          WHERE id = $1`,
        [id, date],
      );
      await this.planner.materialise(manager, TEST_SESSION, [id], 'CHANGED');
    });
  }

  cancel(id: string, reason: string) {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE test_session SET status = 'CANCELLED', cancellation_reason = $2,
                sequence = sequence + 1 WHERE id = $1`,
        [id, reason],
      );
      await this.planner.materialise(manager, TEST_SESSION, [id], 'CANCELLED');
    });
  }

  /** Someone leaves the group: their reminders stop, their calendar copy is cancelled. */
  removeMember(id: string, personId: string) {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE test_session SET member_ids = array_remove(member_ids, $2) WHERE id = $1`,
        [id, personId],
      );
      await this.planner.materialise(manager, TEST_SESSION, [id]);
    });
  }

  writeNotes(id: string, notes: string) {
    return this.dataSource.query(`UPDATE test_session SET notes = $2 WHERE id = $1`, [id, notes]);
  }

  private async one(sql: string, params: unknown[]): Promise<string> {
    const [{ id }] = await this.dataSource.query<[{ id: string }]>(sql, params);
    return id;
  }
}

/** The test-only kind's one registration: its adapter (and its service) in a module. */
@Module({ imports: [RemindersModule], providers: [TestSessionSource, TestSessions] })
export class TestSessionModule {}
