'use client';

import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { AppRouter, LiveMessage } from '@srw/api/client-types';
import { liveKinds, type LiveKind } from '@srw/domain';

export type { LiveMessage };
export type LiveListener = (message: LiveMessage) => void;

type RouterName = keyof AppRouter['_def']['record'];

/**
 * Which tRPC routers' queries a change of each kind makes stale: lists and
 * details alike refetch (only the ones on screen go to the server), each with
 * the reader's own rights. The inbox is computed from every kind of record, so
 * any change refreshes it too (the count in the header and "Voor mij").
 */
export const liveQueryRouters: Record<LiveKind, readonly RouterName[]> = {
  glossaryTerm: ['glossary', 'inbox'],
  decision: ['decisions', 'inbox'],
  scenario: ['scenarios', 'decisions', 'inbox'],
  exercise: ['exercises', 'scenarios', 'inbox'],
  placement: ['placements', 'inbox'],
  recommendation: ['recommendations', 'inbox'],
  assessment: ['assessments', 'inbox'],
  workingGroup: ['workingGroups', 'memberships', 'inbox'],
};

/** Several changes in quick succession (one save touches a record and its children) refetch once. */
const INVALIDATE_AFTER_MS = 80;

interface LiveContextValue {
  subscribe(listener: LiveListener): () => void;
}

const LiveContext = createContext<LiveContextValue | null>(null);

function parseMessage(data: unknown): LiveMessage | null {
  if (typeof data !== 'string') return null;
  try {
    const message = JSON.parse(data) as Partial<LiveMessage>;
    if (!message.kind || !(liveKinds as readonly string[]).includes(message.kind)) return null;
    return {
      kind: message.kind,
      id: message.id ?? null,
      actorId: message.actorId ?? null,
      actorName: message.actorName ?? null,
    };
  } catch {
    return null;
  }
}

/**
 * One live stream per tab (`/api/events`, Server-Sent Events): each change
 * makes the matching tRPC queries stale, and components that care about one
 * record or kind subscribe with `useLiveEvents`. The browser reconnects by
 * itself when the stream drops.
 */
export function LiveUpdatesProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const listeners = useRef(new Set<LiveListener>());
  const [value] = useState<LiveContextValue>(() => ({
    subscribe(listener) {
      listeners.current.add(listener);
      return () => {
        listeners.current.delete(listener);
      };
    },
  }));

  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    const source = new EventSource('/api/events');
    const pending = new Set<LiveKind>();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      const routers = new Set([...pending].flatMap((kind) => liveQueryRouters[kind]));
      pending.clear();
      for (const name of routers) void queryClient.invalidateQueries({ queryKey: [[name]] });
    };
    // After a reconnect (the server ends each stream after a few minutes, or the
    // network dropped) changes may have been missed: everything on screen refetches.
    let opened = false;
    source.onopen = () => {
      if (opened) for (const kind of liveKinds) pending.add(kind);
      opened = true;
      if (pending.size > 0) timer ??= setTimeout(flush, INVALIDATE_AFTER_MS);
    };
    source.onmessage = (event: MessageEvent) => {
      const message = parseMessage(event.data);
      if (!message) return;
      for (const listener of listeners.current) listener(message);
      pending.add(message.kind);
      timer ??= setTimeout(flush, INVALIDATE_AFTER_MS);
    };
    return () => {
      source.close();
      if (timer) clearTimeout(timer);
    };
  }, [queryClient]);

  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

/**
 * Calls `listener` for every live change (optionally of some kinds only), e.g.
 * to refresh a count in the header: `useLiveEvents(() => refetch(), ['glossaryTerm'])`.
 * The matching queries of `liveQueryRouters` are invalidated anyway.
 */
export function useLiveEvents(listener: LiveListener, kinds?: readonly LiveKind[]): void {
  const live = useContext(LiveContext);
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  const kindsKey = kinds?.join(',') ?? '';
  useEffect(() => {
    if (!live) return undefined;
    const wanted = kindsKey ? new Set(kindsKey.split(',')) : null;
    return live.subscribe((message) => {
      if (!wanted || wanted.has(message.kind)) latest.current(message);
    });
  }, [live, kindsKey]);
}

export interface RecordChange {
  actorId: string | null;
  actorName: string | null;
  at: number;
}

/** The last change someone else made to one record since the component mounted, or null. */
export function useLiveRecordChange(kind: LiveKind, id: string, ownUserId: string): RecordChange | null {
  const [change, setChange] = useState<RecordChange | null>(null);
  useLiveEvents(
    (message) => {
      if (message.id === id && message.actorId !== ownUserId) {
        setChange({ actorId: message.actorId, actorName: message.actorName, at: Date.now() });
      }
    },
    [kind],
  );
  return change;
}
