/**
 * A raw Chrome DevTools Protocol connection to one target over its WebSocket. The
 * toolbar popup is not a page Playwright knows about (it opens no tab), so the tests
 * reach it the way DevTools does: through the browser's debugging port.
 */
export class CdpConnection {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => this.receive(String(event.data)));
    socket.addEventListener('close', () => {
      for (const { reject } of this.pending.values()) reject(new Error('CDP connection closed'));
      this.pending.clear();
    });
  }

  static open(webSocketUrl: string): Promise<CdpConnection> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(webSocketUrl);
      socket.addEventListener('open', () => resolve(new CdpConnection(socket)), { once: true });
      socket.addEventListener('error', () => reject(new Error(`could not connect to ${webSocketUrl}`)), { once: true });
    });
  }

  send<T>(method: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: (value) => resolve(value as T), reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  close(): void {
    this.socket.close();
  }

  private receive(data: string): void {
    const message = JSON.parse(data) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id === undefined) return;
    const waiting = this.pending.get(message.id);
    if (waiting === undefined) return;
    this.pending.delete(message.id);
    if (message.error) waiting.reject(new Error(message.error.message));
    else waiting.resolve(message.result);
  }
}

/** One entry of the debugging port's `/json/list`. */
export interface DebuggingTarget {
  id: string;
  type: string;
  url: string;
  webSocketDebuggerUrl: string;
}

export async function listTargets(debuggingOrigin: string): Promise<DebuggingTarget[]> {
  const response = await fetch(`${debuggingOrigin}/json/list`);
  return (await response.json()) as DebuggingTarget[];
}
