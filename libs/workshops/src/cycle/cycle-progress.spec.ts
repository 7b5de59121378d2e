import { AttendanceStatus } from '../attendance/attendance-status';
import { WorkshopStatus } from '../workshop/workshop-enums';
import { attendanceAt, cycleProgress } from './cycle-progress';

const workshop = (id: string, status: WorkshopStatus, attendanceRequired = true) => ({
  id,
  status,
  attendanceRequired,
});
const active = { id: 'p1' };

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

  it('shows the stored row and claims nothing without one', () => {
    const rows = [
      { workshopId: 'a', participationId: 'p1', status: AttendanceStatus.REGISTERED },
      { workshopId: 'b', participationId: 'p2', status: AttendanceStatus.ATTENDED },
    ];
    expect(attendanceAt(workshop('a', WorkshopStatus.PUBLISHED), active, rows)).toBe('REGISTERED');
    // Published, but the network was not registered (e.g. it joined after the workshop).
    expect(attendanceAt(workshop('c', WorkshopStatus.PUBLISHED), active, rows)).toBeNull();
    // Another network's row is not this one's.
    expect(attendanceAt(workshop('b', WorkshopStatus.COMPLETED), active, rows)).toBeNull();
  });
});
