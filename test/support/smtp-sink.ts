import { ParsedMail, simpleParser } from 'mailparser';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

interface Waiter {
  predicate: (mail: ParsedMail) => boolean;
  resolve: (mail: ParsedMail) => void;
}

interface Held {
  mail: ParsedMail;
  answer: (error?: Error) => void;
}

/** Messages the server has read but not yet answered: a send that is in flight. */
export interface HeldMessages {
  /** Resolves once `count` messages are held. */
  arrived(count: number): Promise<void>;
  /** Answers them: accepted (and received), or refused with 451. Stops holding. */
  release(options?: { refuse?: boolean }): void;
  /** How many messages are held (read by the server, unanswered). */
  count(): number;
}

/**
 * A real SMTP server in the test process: it receives what Zyklus sends, parses each message,
 * can refuse the next n messages (451) to test retries, hold messages unanswered until released
 * (a send in flight), or leave them unanswered for good (a hung server).
 */
export class SmtpSink {
  readonly messages: ParsedMail[] = [];
  private readonly waiters = new Set<Waiter>();
  private refusals = 0;
  private held: Held[] | null = null;
  private onHeld: (() => void) | null = null;
  private stalls = 0;
  private onStall: (() => void) | null = null;
  private permanent: { count: number; code: number; text: string } = {
    count: 0,
    code: 550,
    text: '',
  };
  private delays: number[] = [];
  /** Called for each message the server accepts, after it is received. */
  onAccept: ((mail: ParsedMail) => void) | null = null;

  private readonly server = new SMTPServer({
    // smtp-server's built-in STARTTLS certificate has expired; tests talk plain SMTP.
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    // No reverse DNS for 127.0.0.1: without a resolver it can hold a new session for seconds.
    disableReverseLookup: true,
    onData: (stream, _session, callback) => {
      if (this.stalls > 0) {
        // A hung server: takes the data and never answers.
        this.stalls -= 1;
        stream.on('end', () => this.onStall?.());
        stream.resume();
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
      if (this.permanent.count > 0) {
        this.permanent.count -= 1;
        const { code, text } = this.permanent;
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error(text), { responseCode: code })));
        return;
      }
      const delay = this.delays.shift() ?? 0;
      simpleParser(stream)
        .then(async (mail) => {
          if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
          if (this.held) {
            this.held.push({ mail, answer: callback });
            this.onHeld?.();
            return;
          }
          this.receive(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  private constructor() {
    // A client that dies (a dispatcher killed mid-batch) resets its connections; smtp-server
    // reports that as an 'error' event, which without a listener is thrown in the test's
    // process and fails the whole suite ("read ECONNRESET"). The client's end, not the sink's.
    this.server.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') throw error;
    });
  }

  /** Listens on `port` (any free one by default). */
  static async start(port = 0): Promise<SmtpSink> {
    const sink = new SmtpSink();
    await new Promise<void>((resolve) => sink.server.listen(port, '127.0.0.1', resolve));
    return sink;
  }

  get port(): number {
    return (this.server.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Answers the next `count` messages with 451 (temporary failure). */
  failNext(count: number): void {
    this.refusals = count;
  }

  /** Refuses the next `count` messages for good, e.g. 550 "5.1.1 User unknown". */
  refuseNext(count: number, code = 550, text = '5.1.1 <nobody@example.org>: User unknown'): void {
    this.permanent = { count, code, text };
  }

  /** Answers the end of the data of the next message only after `ms` (a slow final reply). */
  delayNext(ms: number): void {
    this.delays.push(ms);
  }

  /** Holds every message from now on, unanswered, until `release`. */
  hold(): HeldMessages {
    const held: Held[] = [];
    this.held = held;
    return {
      arrived: (count) =>
        new Promise<void>((resolve) => {
          const check = () => {
            if (held.length < count) return;
            this.onHeld = null;
            resolve();
          };
          this.onHeld = check;
          check();
        }),
      count: () => held.length,
      release: ({ refuse = false } = {}) => {
        this.held = null;
        for (const { mail, answer } of held) {
          if (refuse) {
            answer(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          } else {
            this.receive(mail);
            answer();
          }
        }
      },
    };
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
    this.onAccept?.(mail);
    for (const waiter of [...this.waiters]) {
      if (waiter.predicate(mail)) waiter.resolve(mail);
    }
  }
}
