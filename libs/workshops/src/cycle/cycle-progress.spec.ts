import { ParticipationStatus } from '@zyklus/cohorts';
import { AttendanceStatus } from '../attendance/attendance-status';
import { WorkshopStatus } from '../workshop/workshop-enums';
import { attendanceAt, cycleProgress } from './cycle-progress';

const workshop = (id: string, status: WorkshopStatus, attendanceRequired = true) => ({
  id,
  status,
  attendanceRequired,
});
const active = { id: 'p1', status: ParticipationStatus.ACTIVE };

describe('cycle progress', () => {
  it('counts attended required workshops of the published and completed ones, drafts and cancelled ones left out', () => {
    const workshops = [
      workshop('kickoff', WorkshopStatus.COMPLETED),
      workshop('logik', WorkshopStatus.COMPLETED),
      workshop('extra', WorkshopStatus.COMPLETED, false),
      workshop('cancelled', WorkshopStatus.CANCELLED),
      workshop('messung', WorkshopStatus.PUBLISHED),
      workshop('transfer', WorkshopStatus.DRAFT),
    ];
    const rows = [
      { workshopId: 'kickoff', participationId: 'p1', status: AttendanceStatus.ATTENDED },
      { workshopId: 'logik', participationId: 'p1', status: AttendanceStatus.EXCUSED },
      { workshopId: 'extra', participationId: 'p1', status: AttendanceStatus.ATTENDED },
    ];
    expect(cycleProgress(workshops, (w) => attendanceAt(w, active, rows))).toEqual({
      attendedRequired: 1,
      required: 3,
      percent: 33,
      complete: false,
    });
  });

  it('is complete when every required workshop was attended', () => {
    const workshops = [
      workshop('a', WorkshopStatus.COMPLETED),
      workshop('b', WorkshopStatus.COMPLETED),
    ];
    const rows = workshops.map((w) => ({
      workshopId: w.id,
      participationId: 'p1',
      status: AttendanceStatus.ATTENDED,
    }));
    expect(cycleProgress(workshops, (w) => attendanceAt(w, active, rows))).toMatchObject({
      percent: 100,
      complete: true,
    });
  });

  it('registers networks with a place for published workshops, nobody for drafts', () => {
    expect(attendanceAt(workshop('a', WorkshopStatus.PUBLISHED), active, [])).toBe('REGISTERED');
    expect(attendanceAt(workshop('a', WorkshopStatus.DRAFT), active, [])).toBeNull();
    // Held before the network joined: no record, and not "registered" after the fact.
    expect(attendanceAt(workshop('a', WorkshopStatus.COMPLETED), active, [])).toBeNull();
    const waiting = { id: 'p2', status: ParticipationStatus.WAITLISTED };
    expect(attendanceAt(workshop('a', WorkshopStatus.PUBLISHED), waiting, [])).toBeNull();
  });
});
