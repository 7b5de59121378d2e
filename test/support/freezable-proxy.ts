import { AddressInfo, createServer, Server, Socket, connect } from 'node:net';

/**
 * A TCP proxy in this process between the api and PostgreSQL that a test can freeze: while
 * frozen, connections stay open and new ones are accepted, but no byte passes in either
 * direction (held until it thaws), like a stalled network or a hung database server.
 */
export class FreezableProxy {
  private frozen = false;
  private readonly held: (() => void)[] = [];
  private readonly sockets = new Set<Socket>();

  private constructor(private readonly server: Server) {}

  static async start(target: { host: string; port: number }): Promise<FreezableProxy> {
    const server = createServer();
    const proxy = new FreezableProxy(server);
    server.on('connection', (client) => proxy.join(client, connect(target.port, target.host)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** `url` (a PostgreSQL URL) pointing at this proxy instead. */
  via(url: string): string {
    const parsed = new URL(url);
    parsed.hostname = '127.0.0.1';
    parsed.port = String(this.port);
    return parsed.toString();
  }

  freeze(): void {
    this.frozen = true;
  }

  thaw(): void {
    this.frozen = false;
    for (const send of this.held.splice(0)) send();
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private join(client: Socket, upstream: Socket): void {
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      this.sockets.add(from);
      from.on('data', (chunk) => {
        const send = () => to.write(chunk);
        if (this.frozen) this.held.push(send);
        else send();
      });
      from.on('close', () => to.destroy());
      from.on('error', () => to.destroy());
    }
  }
}
