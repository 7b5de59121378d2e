import type { Socket } from 'node:net';
import { Readable } from 'node:stream';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import SMTPConnection from 'nodemailer/lib/smtp-connection';

export interface SmtpPoolOptions {
  /** `smtp://user:password@host:587` or `smtps://…`, with nodemailer's query options (`?tls.…`). */
  url: string;
  /** Connections at most; each sends one mail at a time. */
  size: number;
  /**
   * The longest any one step waits for the server: connecting (greeting, STARTTLS), each reply,
   * except the reply to the end of a mail's data.
   */
  timeoutMs: number;
  /** The longest the reply to the end of a mail's data may take (RFC 5321 4.5.3.2.6: 10 min). */
  dataTimeoutMs?: number;
  /** A connection is replaced after this many mails. */
  maxMessages?: number;
  /** An idle connection is closed after this long, before servers close it under our feet. */
  idleMs?: number;
}

export interface SmtpEnvelope {
  from: string;
  to: string[];
}

interface Job {
  envelope: SmtpEnvelope;
  raw: Buffer;
  resolve: (response: string) => void;
  reject: (error: Error) => void;
  settled: boolean;
  slot: Slot | null;
  /**
   * The whole message went to the server: only its reply is awaited. From here on the mail is
   * not broken off (the server may accept it, and a mail sent again would arrive twice).
   */
  committed?: boolean;
  /** Sent again once because a reused connection turned out to be gone. */
  retried?: boolean;
  detach?: () => void;
}

interface Slot {
  connection: SMTPConnection;
  ready: Promise<void>;
  messages: number;
  job: Job | null;
  closed: boolean;
  idleTimer?: NodeJS.Timeout;
}

/** Codes of a refusal of one mail after which the session itself is fine (after RSET). */
const REFUSED = new Set(['EENVELOPE', 'EMESSAGE']);
/** Codes of a connection that went away (closed or reset by the server). */
const LOST = new Set(['ECONNECTION', 'ESOCKET']);

/**
 * A small pool of SMTP connections (nodemailer's SMTPConnection: TLS, STARTTLS, AUTH, PIPELINING)
 * for mails that are already complete MIME buffers. nodemailer's own pooled transport runs every
 * mail through its message composer and a chain of streams again, which costs a few hundred
 * microseconds of CPU per mail; here a mail is handed to a free connection as it is.
 *
 * Connections open on demand up to `size`, are reused for `maxMessages` mails, and close after
 * `idleMs` without work. A refused mail (4xx/5xx for its envelope or data) leaves the connection
 * in use after RSET; any other failure closes it, and the mail's promise rejects with the error.
 * The one retry here is for a reused connection the server had already closed before any of the
 * mail went out; otherwise the caller decides (the reminder ledger retries with backoff). An
 * AbortSignal drops a queued mail, or breaks off the connection of one in flight until its data
 * has been sent; after that its reply is awaited.
 *
 * Every step waits up to `timeoutMs` (the socket's idle timeout), the reply to the end of the
 * data up to `dataTimeoutMs`: RFC 5321 4.5.3.2.6 lets a server take 10 minutes there, and a
 * client that gives up earlier may see a mail it takes for failed delivered anyway.
 */
export class SmtpPool {
  private readonly connectionOptions: SMTPConnection.Options;
  private readonly auth?: { user: string; pass: string };
  private readonly idle: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly maxMessages: number;
  private readonly idleMs: number;
  private open = 0;
  private closed = false;
  private readonly dataTimeoutMs: number;

  constructor(private readonly options: SmtpPoolOptions) {
    const { auth, ...rest } = parseConnectionUrl(options.url);
    this.connectionOptions = {
      ...(rest as SMTPConnection.Options),
      connectionTimeout: options.timeoutMs,
      greetingTimeout: options.timeoutMs,
      socketTimeout: options.timeoutMs,
      logger: false,
    };
    this.auth = auth && (auth.user || auth.pass) ? auth : undefined;
    this.dataTimeoutMs = options.dataTimeoutMs ?? 10 * 60_000;
    this.maxMessages = options.maxMessages ?? 1000;
    this.idleMs = options.idleMs ?? 5000;
  }

  /** Sends one complete message; resolves with the server's final reply. */
  send(envelope: SmtpEnvelope, raw: Buffer, signal?: AbortSignal): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      if (this.closed) return reject(new Error('The SMTP pool is closed'));
      if (signal?.aborted) return reject(abortError(signal));
      const job: Job = { envelope, raw, resolve, reject, settled: false, slot: null };
      if (signal) {
        const onAbort = () => this.abort(job, signal);
        signal.addEventListener('abort', onAbort, { once: true });
        job.detach = () => signal.removeEventListener('abort', onAbort);
      }
      this.queue.push(job);
      this.pump();
    });
  }

  /** Closes every connection; queued mails fail. */
  close(): void {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.settle(job, new Error('The SMTP pool is closed'));
    for (const slot of [...this.idle]) this.drop(slot, true);
  }

  private pump(): void {
    while (this.queue.length && !this.closed) {
      const slot = this.idle.pop() ?? (this.open < this.options.size ? this.connect() : null);
      if (!slot) return;
      if (slot.connection.destroyed) {
        this.drop(slot);
        continue;
      }
      this.run(slot, this.queue.shift()!);
    }
  }

  private connect(): Slot {
    const connection = new SMTPConnection(this.connectionOptions);
    this.open += 1;
    const slot: Slot = {
      connection,
      ready: Promise.resolve(),
      messages: 0,
      job: null,
      closed: false,
    };
    slot.ready = new Promise<void>((resolve, reject) => {
      let connected = false;
      connection.on('error', (error: Error) => {
        // While a mail is in flight its send callback gets this error and decides.
        if (!connected) reject(error);
        else if (!slot.job) this.drop(slot);
      });
      connection.once('end', () => {
        if (!connected) reject(new Error('The SMTP server closed the connection'));
        // An idle connection goes at once; with a mail in flight, its send callback reports
        // the real error first.
        if (slot.job) setImmediate(() => this.drop(slot));
        else this.drop(slot);
      });
      connection.connect((error) => {
        if (error) return reject(error);
        if (!this.auth) {
          connected = true;
          return resolve();
        }
        connection.login(this.auth, (loginError) => {
          if (loginError) return reject(loginError);
          connected = true;
          resolve();
        });
      });
    });
    // a failed connection is reported to the mail that waits for it (run)
    slot.ready.catch(() => undefined);
    return slot;
  }

  private run(slot: Slot, job: Job): void {
    clearTimeout(slot.idleTimer);
    slot.job = job;
    job.slot = slot;
    slot.ready.then(
      () => {
        if (job.settled) return; // aborted while connecting; the slot is gone
        const reused = slot.messages > 0;
        let started = false;
        const body = new Readable({
          read() {
            started = true;
            this.push(job.raw);
            this.push(null);
          },
        });
        // The data is all out once the body ends: now only the final reply is awaited, for as
        // long as RFC 5321 allows. (nodemailer bounds every wait by the socket's idle timeout.)
        body.once('end', () => {
          job.committed = true;
          this.socketOf(slot)?.setTimeout(this.dataTimeoutMs);
        });
        slot.connection.send(job.envelope, body, (error, info) => {
          this.socketOf(slot)?.setTimeout(this.options.timeoutMs);
          if (slot.job === job) slot.job = null;
          if (job.settled) return;
          slot.messages += 1;
          if (error && reused && !started && !job.retried && LOST.has(error.code ?? '')) {
            // The server had ended the session before a byte of this mail went out (an idle
            // timeout racing our send): a new connection sends it, once.
            job.retried = true;
            job.slot = null;
            this.queue.unshift(job);
            this.drop(slot);
            return;
          }
          if (error) {
            this.settle(job, error);
            this.recover(slot, error);
          } else {
            this.settle(job, null, info?.response ?? '');
            this.release(slot);
          }
        });
      },
      (error: Error) => {
        slot.job = null;
        this.drop(slot);
        this.settle(job, error);
        this.pump();
      },
    );
  }

  /** After a failed mail: a refusal keeps the session (RSET), anything else ends it. */
  private recover(slot: Slot, error: Error & { code?: string; responseCode?: number }): void {
    if (!slot.closed && REFUSED.has(error.code ?? '') && error.responseCode !== 421) {
      slot.connection.reset((resetError) => {
        if (resetError) this.drop(slot);
        else this.release(slot);
      });
      return;
    }
    this.drop(slot);
    this.pump();
  }

  private release(slot: Slot): void {
    if (slot.closed) return;
    if (this.closed || slot.messages >= this.maxMessages) {
      this.drop(slot, true);
      this.pump();
      return;
    }
    this.idle.push(slot);
    slot.idleTimer = setTimeout(() => this.drop(slot, true), this.idleMs);
    slot.idleTimer.unref();
    this.pump();
  }

  /** Takes a connection out of the pool; `quit` says goodbye instead of cutting it. */
  private drop(slot: Slot, quit = false): void {
    if (slot.closed) return;
    slot.closed = true;
    this.open -= 1;
    clearTimeout(slot.idleTimer);
    const at = this.idle.indexOf(slot);
    if (at >= 0) this.idle.splice(at, 1);
    if (quit) slot.connection.quit();
    else slot.connection.close();
    const job = slot.job;
    slot.job = null;
    if (job) this.settle(job, new Error('The SMTP connection closed'));
    this.pump();
  }

  /** The connection's socket, to change its idle timeout (nodemailer keeps it as `_socket`). */
  private socketOf(slot: Slot): Socket | undefined {
    return (slot.connection as unknown as { _socket?: Socket })._socket;
  }

  private abort(job: Job, signal: AbortSignal): void {
    // A mail whose data is out is not broken off: its reply says whether it went.
    if (job.settled || job.committed) return;
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    const slot = job.slot;
    this.settle(job, abortError(signal));
    // In flight: break the session off, so the mail cannot complete later unnoticed.
    if (slot && slot.job === job) {
      slot.job = null;
      this.drop(slot);
    }
  }

  private settle(job: Job, error: Error | null, response = ''): void {
    if (job.settled) return;
    job.settled = true;
    job.detach?.();
    if (error) job.reject(error);
    else job.resolve(response);
  }
}

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  const error = new Error(
    `Not sent: ${reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : 'aborted'}`,
  );
  error.name = 'AbortError';
  return error;
}
