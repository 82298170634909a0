import { findUserNames, type DatabaseHandle, type Executor } from '@srw/db';
import { LIVE_CHANNEL, liveEventFromNotification, type LiveEvent } from '@srw/domain';

/** An event as the hub hands it out: the change, with the display name of whoever made it. */
export interface HubEvent extends LiveEvent {
  actorName: string | null;
}

export type HubListener = (event: HubEvent) => void;

const NAME_CACHE_LIMIT = 1000;

/**
 * One LISTEN per process, fanned out to every open stream: an SSE connection
 * costs a callback here, never a database connection. It starts listening on
 * the first subscriber and keeps listening for the life of the process.
 */
export class LiveHub {
  private readonly listeners = new Set<HubListener>();
  private listening: Promise<void> | null = null;
  private stopListening: (() => Promise<void>) | null = null;
  private readonly names = new Map<string, string>();

  constructor(
    private readonly handle: Pick<DatabaseHandle, 'listen'>,
    private readonly db: Executor,
  ) {}

  /** Resolves, once the process listens, to the function that unsubscribes. */
  async subscribe(listener: HubListener): Promise<() => void> {
    this.listeners.add(listener);
    try {
      await this.start();
    } catch (error) {
      this.listeners.delete(listener);
      throw error;
    }
    return () => {
      this.listeners.delete(listener);
    };
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  private start(): Promise<void> {
    this.listening ??= this.handle
      .listen(LIVE_CHANNEL, (payload) => {
        const event = liveEventFromNotification(payload);
        if (event) void this.publish(event);
      })
      .then((stop) => {
        this.stopListening = stop;
      })
      .catch((error: unknown) => {
        this.listening = null;
        throw error;
      });
    return this.listening;
  }

  private async publish(event: LiveEvent): Promise<void> {
    const actorName = await this.actorName(event.actorId);
    const hubEvent: HubEvent = { ...event, actorName };
    for (const listener of this.listeners) {
      try {
        listener(hubEvent);
      } catch {
        // One broken stream must not keep the others from their events.
      }
    }
  }

  private async actorName(actorId: string | null): Promise<string | null> {
    if (!actorId) return null;
    const cached = this.names.get(actorId);
    if (cached !== undefined) return cached;
    try {
      const name = (await findUserNames(this.db, [actorId])).get(actorId) ?? null;
      if (name !== null) {
        if (this.names.size >= NAME_CACHE_LIMIT) this.names.clear();
        this.names.set(actorId, name);
      }
      return name;
    } catch {
      return null;
    }
  }

  async close(): Promise<void> {
    this.listeners.clear();
    const stop = this.stopListening;
    this.stopListening = null;
    this.listening = null;
    await stop?.();
  }
}

const hubKey = Symbol.for('samenwerkingsruimte.live-hub');
type GlobalWithHub = typeof globalThis & { [hubKey]?: LiveHub };

/** The process's one hub, on the server runtime's database. */
export function liveHubFor(handle: DatabaseHandle): LiveHub {
  const store = globalThis as GlobalWithHub;
  store[hubKey] ??= new LiveHub(handle, handle.db);
  return store[hubKey];
}
