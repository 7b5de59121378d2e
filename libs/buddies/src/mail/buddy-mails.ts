import { Injectable } from '@nestjs/common';
import { PersonRow } from '@zyklus/identity';
import { PairingRecord } from '../pairing/pairing-records';
import { BuddyProblemReportEntity } from '../problem/buddy-problem-report.entity';

/**
 * The buddy programme's own mails, sent after the change is committed. The templates arrive
 * with the generic reminders (templates owned by each context); until then nothing is sent.
 */
@Injectable()
export class BuddyMails {
  async proposed(_pairings: readonly PairingRecord[]): Promise<void> {}

  async problemReported(
    _pairing: PairingRecord,
    _reporter: PersonRow,
    _report: BuddyProblemReportEntity,
  ): Promise<void> {}
}
