import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { NewEscalation } from '@/lib/db/escalations';
import { createDb, type RadarDb } from '@/lib/db/schema';

let counter = 0;

/** A fresh database on its own in-memory IndexedDB. */
export function freshDb(): { db: RadarDb; indexedDB: IDBFactory; name: string } {
  const indexedDB = new IDBFactory();
  const name = `test-${++counter}`;
  return { db: createDb(name, { indexedDB, IDBKeyRange }), indexedDB, name };
}

export function report(overrides: Partial<NewEscalation> = {}): NewEscalation {
  return {
    platform: 'whatsapp',
    threadKey: 'wa:title:carla mendes',
    messageKeys: ['wa:ABC1', 'c:wa:title:carla mendes:x1'],
    customer: 'Carla Mendes',
    category: 'human_request',
    categories: ['human_request'],
    score: 0.9,
    lang: 'pt',
    reasons: ["asks for a person: 'falar com um atendente'"],
    excerpt: 'Quero falar com um atendente, por favor',
    draft: 'Oi Carla! ...',
    source: 'thread',
    ...overrides,
  };
}

export { Dexie, IDBKeyRange };
