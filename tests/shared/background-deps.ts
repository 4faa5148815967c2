import { vi } from 'vitest';
import type { BackgroundDeps } from '@/lib/background/handlers';
import { defaultSettings } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/types';
import { freshDb } from '../unit/db/helpers';

/**
 * The background's dependencies for a test: a fresh fake-indexeddb database, a fixed clock, the
 * settings `loadSettings` returns, and spies for every side effect (badge, notifications, tabs,
 * health, learning).
 */
export function fakeBackgroundDeps(
  loadSettings: () => Promise<Settings> = () => Promise.resolve(defaultSettings()),
) {
  const { db } = freshDb();
  return {
    db,
    now: () => 1_000_000,
    loadSettings,
    afterChange: vi.fn(() => Promise.resolve()),
    notifyPending: vi.fn(() => Promise.resolve()),
    clearNotifications: vi.fn(() => Promise.resolve()),
    reveal: vi.fn(() => Promise.resolve(true)),
    recordHealth: vi.fn(() => Promise.resolve()),
    learningChanged: vi.fn(() => Promise.resolve()),
  } satisfies BackgroundDeps;
}
