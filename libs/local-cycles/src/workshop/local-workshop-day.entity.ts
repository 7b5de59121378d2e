import { localTime } from '@zyklus/workshops';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { LocalWorkshopEntity } from './local-workshop.entity';

/** One day of a local workshop, wall-clock times in the programme's time zone. */
@Entity('local_workshop_day')
@Unique('uq_local_workshop_day_date', ['localWorkshopId', 'date'])
@Check('ck_local_workshop_day_times', `"end_time" > "start_time"`)
export class LocalWorkshopDayEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_local_workshop_day' })
  id!: string;

  @Column('uuid')
  localWorkshopId!: string;

  @ManyToOne(() => LocalWorkshopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'local_workshop_id',
    foreignKeyConstraintName: 'fk_local_workshop_day_workshop',
  })
  localWorkshop?: LocalWorkshopEntity;

  @Column('date')
  date!: string;

  @Column('time', { transformer: localTime })
  startTime!: string;

  @Column('time', { transformer: localTime })
  endTime!: string;
}
