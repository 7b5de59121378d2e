import { AttendanceStatus } from '../attendance/attendance-status';
import { WorkshopStatus } from '../workshop/workshop-enums';
import { cycleProgress } from './cycle-progress';

const workshop = (id: string, status: WorkshopStatus, attendanceRequired = true) => ({
  id,
  status,
  attendanceRequired,
});

describe('cycle progress', () => {
  it('counts attended required steps of all required steps, the unscheduled ones included; cancelled and optional ones left out', () => {
    const workshops = [
      workshop('kickoff', WorkshopStatus.COMPLETED),
      workshop('logik', WorkshopStatus.COMPLETED),
      workshop('extra', WorkshopStatus.COMPLETED, false),
      workshop('cancelled', WorkshopStatus.CANCELLED),
      workshop('messung', WorkshopStatus.PUBLISHED),
      workshop('transfer', WorkshopStatus.DRAFT),
    ];
    const attended = new Map([
      ['kickoff', AttendanceStatus.ATTENDED],
      ['logik', AttendanceStatus.EXCUSED],
      ['extra', AttendanceStatus.ATTENDED],
    ]);
    expect(cycleProgress(workshops, (w) => attended.get(w.id))).toEqual({
      attendedRequired: 1,
      required: 4,
      unscheduled: 1,
      percent: 25,
      complete: false,
    });
  });

  it('reads "1 of 5" for five required steps of which two are published and one attended, not 50 %', () => {
    const workshops = [
      workshop('a', WorkshopStatus.PUBLISHED),
      workshop('b', WorkshopStatus.PUBLISHED),
      workshop('c', WorkshopStatus.DRAFT),
      workshop('d', WorkshopStatus.DRAFT),
      workshop('e', WorkshopStatus.DRAFT),
    ];
    const progress = cycleProgress(workshops, (w) =>
      w.id === 'a' ? AttendanceStatus.ATTENDED : AttendanceStatus.REGISTERED,
    );
    expect(progress).toEqual({
      attendedRequired: 1,
      required: 5,
      unscheduled: 3,
      percent: 20,
      complete: false,
    });
  });

  it('is complete when every required step was attended, and never while one is unscheduled', () => {
    const held = [workshop('a', WorkshopStatus.COMPLETED), workshop('b', WorkshopStatus.COMPLETED)];
    const all = () => AttendanceStatus.ATTENDED;
    expect(cycleProgress(held, all)).toMatchObject({ percent: 100, complete: true });
    expect(cycleProgress([...held, workshop('c', WorkshopStatus.DRAFT)], all)).toMatchObject({
      percent: 67,
      complete: false,
    });
  });
});
