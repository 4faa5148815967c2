/**
 * One event of a Chromium trace (Tracing domain, JSON format) as the benches read it: timestamps
 * and durations in µs on the renderer's monotonic clock.
 */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's own processor time in the event, µs. */
  tdur?: number;
  /** The thread's processor time clock when the event began, µs. */
  tts?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    /** UpdateLayoutTree: the elements whose style was recalculated. */
    elementCount?: number;
    /** Layout: the layout objects marked for layout when it began. */
    beginData?: { dirtyObjects?: number };
    data?: {
      message?: string;
      url?: string;
      /** TimerInstall and TimerFire: the timer, its frame and (install) its delay in ms. */
      timerId?: number;
      frame?: string;
      timeout?: number;
    };
  };
}
