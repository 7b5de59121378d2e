import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LocalEnrolmentEntity } from '../enrolment/local-enrolment.entity';
import { LocalAttendanceStatus, sqlList } from '../local-cycle-enums';
import { LocalWorkshopEntity } from '../workshop/local-workshop.entity';

/** Whether an enrolled initiative came to a local workshop, and with how many people. */
@Entity('local_attendance')
@Index('ix_local_attendance_enrolment', ['enrolmentId'])
@Check(
  'ck_local_attendance_status',
  `"status" IN (${sqlList(Object.values(LocalAttendanceStatus))})`,
)
@Check('ck_local_attendance_head_count', `"head_count" IS NULL OR "head_count" BETWEEN 0 AND 500`)
export class LocalAttendanceEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_local_attendance' })
  localWorkshopId!: string;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_local_attendance' })
  enrolmentId!: string;

  @ManyToOne(() => LocalWorkshopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'local_workshop_id',
    foreignKeyConstraintName: 'fk_local_attendance_workshop',
  })
  localWorkshop?: LocalWorkshopEntity;

  @ManyToOne(() => LocalEnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_local_attendance_enrolment' })
  enrolment?: LocalEnrolmentEntity;

  @Column('varchar', { length: 16 })
  status!: LocalAttendanceStatus;

  /** How many people of the initiative came (optional). */
  @Column('integer', { nullable: true })
  headCount!: number | null;

  @Column('timestamptz')
  recordedAt!: Date;
}
