import { ParsedMail, simpleParser } from 'mailparser';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

interface Waiter {
  predicate: (mail: ParsedMail) => boolean;
  resolve: (mail: ParsedMail) => void;
}

/**
 * A real SMTP server in the test process: it receives what Zyklus sends, parses each message,
 * and can refuse the next n messages (451) to test retries, or leave them unanswered (hung).
 */
export class SmtpSink {
  readonly messages: ParsedMail[] = [];
  private readonly waiters = new Set<Waiter>();
  private refusals = 0;
  private stalls = 0;
  private onStall: (() => void) | null = null;

  private readonly server = new SMTPServer({
    // smtp-server's built-in STARTTLS certificate has expired; tests talk plain SMTP.
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    onData: (stream, _session, callback) => {
      if (this.stalls > 0) {
        // A hung server: takes the data and never answers.
        this.stalls -= 1;
        stream.resume();
        this.onStall?.();
        return;
      }
      if (this.refusals > 0) {
        this.refusals -= 1;
        stream.resume();
        stream.on('end', () =>
          callback(Object.assign(new Error('Try again later'), { responseCode: 451 })),
        );
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          this.receive(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  private constructor() {}

  static async start(): Promise<SmtpSink> {
    const sink = new SmtpSink();
    await new Promise<void>((resolve) => sink.server.listen(0, '127.0.0.1', resolve));
    return sink;
  }

  get url(): string {
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  /** Answers the next `count` messages with 451 (temporary failure). */
  failNext(count: number): void {
    this.refusals = count;
  }

  /** Leaves the next `count` messages unanswered, like a hung server. */
  stallNext(count: number): void {
    this.stalls = count;
  }

  /** Ends every open session, as a server does after its idle timeout or on a restart. */
  dropConnections(): void {
    for (const connection of this.server.connections) connection.close();
  }

  /** Resolves when the server has taken the data of a message it leaves unanswered. */
  stalled(): Promise<void> {
    return new Promise((resolve) => {
      this.onStall = () => {
        this.onStall = null;
        resolve();
      };
    });
  }

  /** The first message, received or still to come, that matches. */
  waitFor(predicate: (mail: ParsedMail) => boolean, timeoutMs = 5000): Promise<ParsedMail> {
    const found = this.messages.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve: (mail) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(mail);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(
          new Error(`No matching mail within ${timeoutMs} ms (${this.messages.length} received)`),
        );
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  clear(): void {
    this.messages.length = 0;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private receive(mail: ParsedMail): void {
    this.messages.push(mail);
    for (const waiter of [...this.waiters]) {
      if (waiter.predicate(mail)) waiter.resolve(mail);
    }
  }
}
