import { debounce, type Timers } from '../../src/sidebar/debounce';

/** Timers driven by the test: `advance(ms)` runs what has come due. */
function manualTimers(): Timers & { advance(ms: number): void } {
  let now = 0;
  let nextHandle = 1;
  const due = new Map<number, { at: number; callback: () => void }>();
  return {
    setTimeout(callback, ms) {
      const handle = nextHandle++;
      due.set(handle, { at: now + ms, callback });
      return handle;
    },
    clearTimeout(handle) {
      due.delete(handle as number);
    },
    advance(ms) {
      now += ms;
      for (const [handle, timer] of [...due.entries()].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at <= now) {
          due.delete(handle);
          timer.callback();
        }
      }
    },
  };
}

describe('debounce', () => {
  it('runs the action once, the delay after the last schedule', () => {
    const timers = manualTimers();
    let runs = 0;
    const saver = debounce(() => runs++, 700, timers);
    saver.schedule();
    timers.advance(500);
    saver.schedule();
    timers.advance(500);
    expect(runs).toBe(0);
    timers.advance(200);
    expect(runs).toBe(1);
    timers.advance(5000);
    expect(runs).toBe(1);
  });

  it('runs a pending action at once on flush, and only once', () => {
    const timers = manualTimers();
    let runs = 0;
    const saver = debounce(() => runs++, 700, timers);
    saver.schedule();
    expect(saver.flush()).toBe(true);
    expect(runs).toBe(1);
    timers.advance(1000);
    expect(runs).toBe(1);
  });

  it('drops a pending action on cancel', () => {
    const timers = manualTimers();
    let runs = 0;
    const saver = debounce(() => runs++, 700, timers);
    saver.schedule();
    saver.cancel();
    timers.advance(1000);
    expect(runs).toBe(0);
    expect(saver.isPending()).toBe(false);
  });

  describe('edge cases', () => {
    it('does nothing on flush when nothing is pending', () => {
      let runs = 0;
      const saver = debounce(() => runs++, 700, manualTimers());
      expect(saver.flush()).toBe(false);
      expect(runs).toBe(0);
    });

    it('accepts a new schedule from inside the action', () => {
      const timers = manualTimers();
      let runs = 0;
      const saver = debounce(() => {
        runs++;
        if (runs === 1) saver.schedule();
      }, 100, timers);
      saver.schedule();
      timers.advance(100);
      expect(saver.isPending()).toBe(true);
      timers.advance(100);
      expect(runs).toBe(2);
    });
  });
});
