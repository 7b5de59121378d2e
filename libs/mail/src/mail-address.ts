/** A mailbox as in a From or Reply-To header: a display name (maybe empty) and an address. */
export interface Mailbox {
  name: string;
  address: string;
}

/** `Name <address>` or a bare address (MAIL_FROM, a programme's Reply-To), as configured. */
export function parseMailbox(text: string): Mailbox {
  const match = /^(.*?)\s*<([^<>]+)>$/.exec(text.trim());
  return match
    ? { name: match[1]!.trim().replace(/^"(.*)"$/, '$1'), address: match[2]!.trim() }
    : { name: '', address: text.trim() };
}

/**
 * The server's words when it refused this mail for good: a 5xx reply to its envelope (MAIL,
 * RCPT) or to its data, which sending again would only repeat. Null for anything else (4xx
 * replies, lost connections, timeouts), which may pass.
 */
export function permanentRefusal(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const { code, responseCode, response } = error as Error & {
    code?: string;
    responseCode?: number;
    response?: string;
  };
  if (code !== 'EENVELOPE' && code !== 'EMESSAGE') return null;
  if (!responseCode || responseCode < 500 || responseCode > 599) return null;
  return (response ?? error.message).trim();
}
