import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { localTime } from './column-transformers';
import { WorkshopEntity } from './workshop.entity';

/**
 * One day of a workshop, in the programme's time zone: a 2.5-day kick-off is three rows, the
 * last ending at midday. Wall-clock times, so 09:00 stays 09:00 across daylight saving.
 */
@Entity('workshop_day')
@Unique('uq_workshop_day_date', ['workshopId', 'date'])
@Check('ck_workshop_day_times', `"end_time" > "start_time"`)
export class WorkshopDayEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_workshop_day' })
  id!: string;

  @Column('uuid')
  workshopId!: string;

  @ManyToOne(() => WorkshopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id', foreignKeyConstraintName: 'fk_workshop_day_workshop' })
  workshop?: WorkshopEntity;

  @Column('date')
  date!: string;

  @Column('time', { transformer: localTime })
  startTime!: string;

  @Column('time', { transformer: localTime })
  endTime!: string;
}
