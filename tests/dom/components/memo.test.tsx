// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { memo } from '../../../components/shared/memo';

afterEach(cleanup);

describe('memo', () => {
  it('renders again only when a prop changes', () => {
    let renders = 0;
    const Label = memo(({ text, onPick }: { text: string; onPick: () => void }) => {
      renders++;
      return <button onClick={onPick}>{text}</button>;
    });
    const onPick = () => undefined;
    const view = render(<Label text="a" onPick={onPick} />);
    view.rerender(<Label text="a" onPick={onPick} />);
    expect(renders).toBe(1);
    view.rerender(<Label text="b" onPick={onPick} />);
    expect(renders).toBe(2);
    expect(view.container.textContent).toBe('b');
    view.rerender(<Label text="b" onPick={() => undefined} />);
    expect(renders).toBe(3);
  });

  it('still renders the state changes of the component inside', async () => {
    const { useState } = await import('preact/hooks');
    const Counter = memo(({ start }: { start: number }) => {
      const [n, setN] = useState(start);
      return (
        <button
          onClick={() => {
            setN(n + 1);
          }}
        >
          {n}
        </button>
      );
    });
    const view = render(<Counter start={1} />);
    const button = view.container.querySelector('button');
    button?.click();
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(view.container.textContent).toBe('2');
  });
});
