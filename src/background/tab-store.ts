/**
 * Per-tab state, kept in storage.session so it outlives the service worker (Chrome stops it
 * after 30 s idle), or in a Map where storage.session is missing.
 */
import type { TabState } from "../shared/messages.js";

/** A minimal async key-value store. */
export type KeyValue = {
  /** The value of a key, or undefined. */
  get(key: string): Promise<unknown>;
  /** Set a key. */
  set(key: string, value: unknown): Promise<void>;
  /** Remove a key. */
  remove(key: string): Promise<void>;
};

/** An in-memory store (lost when the background stops). */
export function memoryStore(): KeyValue {
  const map = new Map<string, unknown>();
  return {
    get: async (key) => map.get(key),
    set: async (key, value) => void map.set(key, value),
    remove: async (key) => void map.delete(key),
  };
}

/** The state every tab starts in. */
export const IDLE: TabState = Object.freeze({ status: "idle" }) as TabState;

/** The storage key of a tab's state. */
export function tabKey(tabId: number): string {
  return `tab:${tabId}`;
}

/** Tab states over a key-value store. */
export class TabStore {
  constructor(private readonly kv: KeyValue) {}

  /** A tab's state (idle when none). */
  async get(tabId: number): Promise<TabState> {
    const value = await this.kv.get(tabKey(tabId));
    return isTabState(value) ? value : { ...IDLE };
  }

  /** Replace a tab's state. */
  async set(tabId: number, state: TabState): Promise<TabState> {
    await this.kv.set(tabKey(tabId), state);
    return state;
  }

  /** Forget a tab. */
  async clear(tabId: number): Promise<void> {
    await this.kv.remove(tabKey(tabId));
  }
}

function isTabState(value: unknown): value is TabState {
  return typeof value === "object" && value !== null && typeof (value as { status?: unknown }).status === "string";
}
