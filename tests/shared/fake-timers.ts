/**
 * Runs a test body under vitest's fake timers with `console.error` silenced and counted (the
 * extension logs what fails there), and puts the real timers and console back however it ends.
 */
import { vi, type MockInstance } from 'vitest';

export async function withFakeTimers(
  body: (errors: MockInstance<typeof console.error>) => Promise<void> | void,
): Promise<void> {
  vi.useFakeTimers();
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    await body(errors);
  } finally {
    errors.mockRestore();
    vi.useRealTimers();
  }
}
