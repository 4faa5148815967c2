/** The extension's one database instance, for the background and the extension's own pages. */
import { createDb } from './schema';

export const db = createDb();
