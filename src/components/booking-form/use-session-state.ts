"use client";

import { useCallback, useEffect, useRef } from "react";

const KEY_STORAGE = "pawpath.booking.idempotency-key";

/**
 * The idempotency key of the booking being filled in. It survives a refresh, a double click and a
 * retry after a network error, so all of them reach the same booking; it is renewed only after
 * a booking succeeds.
 */
export function useIdempotencyKey() {
  const keyRef = useRef<string | null>(null);
  const current = useCallback(() => {
    if (!keyRef.current) {
      keyRef.current = sessionStorage.getItem(KEY_STORAGE) ?? crypto.randomUUID();
      sessionStorage.setItem(KEY_STORAGE, keyRef.current);
    }
    return keyRef.current;
  }, []);
  const renew = useCallback(() => {
    keyRef.current = null;
    sessionStorage.removeItem(KEY_STORAGE);
  }, []);
  return { current, renew };
}

const DRAFT_STORAGE = "pawpath.booking.draft";

/**
 * Keeps what the person typed in this tab, so a refresh does not lose a half-filled form. The form's
 * documents are kept under a key of their own (their uploads are not form fields).
 */
export function useDraft<T>(values: unknown, restore: (draft: T) => void, storageKey = DRAFT_STORAGE) {
  const restored = useRef(false);
  const finished = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const saved = sessionStorage.getItem(storageKey);
    if (!saved) return;
    try {
      restore(JSON.parse(saved) as T);
    } catch {
      sessionStorage.removeItem(storageKey);
    }
  }, [restore, storageKey]);
  useEffect(() => {
    if (!restored.current || finished.current) return;
    const timer = setTimeout(() => sessionStorage.setItem(storageKey, JSON.stringify(values)), 300);
    return () => clearTimeout(timer);
  }, [values, storageKey]);
  return useCallback(() => {
    finished.current = true;
    sessionStorage.removeItem(storageKey);
  }, [storageKey]);
}
