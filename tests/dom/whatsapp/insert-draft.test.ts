// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertDraft } from '@/lib/content/insert-draft';
import { loadFixture, wholeAdapter } from './fixture';

const whatsappAdapter = wholeAdapter();

const DRAFT = 'Olá Carla, peço desculpa pela demora.\n\nA Ana vai falar consigo ainda hoje.';
const FORBIDDEN = ['keydown', 'keypress', 'keyup', 'click', 'submit', 'mousedown', 'pointerdown'];

let composer: HTMLElement;
let seen: string[];
let forbidden: Event[];
const record = (event: Event): void => {
  if (FORBIDDEN.includes(event.type)) forbidden.push(event);
  else seen.push(event instanceof InputEvent ? `${event.type}:${event.inputType}` : event.type);
};

beforeEach(() => {
  composer = whatsappAdapter.composer(loadFixture('composer'))!;
  seen = [];
  forbidden = [];
  for (const type of [...FORBIDDEN, 'beforeinput', 'input', 'paste']) {
    document.addEventListener(type, record, true);
  }
});

afterEach(() => {
  for (const type of [...FORBIDDEN, 'beforeinput', 'input', 'paste']) {
    document.removeEventListener(type, record, true);
  }
  expect(forbidden).toEqual([]);
});

const paragraphs = (): string[] => [...composer.children].map((p) => p.textContent);

describe('insertDraft in jsdom (no execCommand, no DataTransfer): DOM fallback', () => {
  it('fills an empty composer, one paragraph per line, and fires input', () => {
    expect(insertDraft(composer, DRAFT)).toBe('inserted');
    expect(paragraphs()).toEqual([
      'Olá Carla, peço desculpa pela demora.',
      '',
      'A Ana vai falar consigo ainda hoje.',
    ]);
    expect(composer.children[1]?.innerHTML).toBe('<br>');
    expect(composer.children[0]?.className).toBe('selectable-text copyable-text');
    expect(seen).toContain('input:insertText');
  });

  it('leaves an owner draft alone and says so', () => {
    composer.innerHTML = '<p class="selectable-text copyable-text"><span>Oi Carla, já </span></p>';
    const before = composer.innerHTML;
    expect(insertDraft(composer, DRAFT)).toBe('not_empty');
    expect(composer.innerHTML).toBe(before);
    expect(seen).toEqual([]);
  });

  it('treats an emoji the owner typed as text', () => {
    composer.innerHTML = '<p><img alt="👍" data-plain-text="👍"></p>';
    expect(insertDraft(composer, DRAFT)).toBe('not_empty');
  });

  it('replaces the owner draft when asked', () => {
    composer.innerHTML = '<p><span>Oi Carla, já </span></p><p><span>vou ver</span></p>';
    expect(insertDraft(composer, 'Primeira linha\nSegunda linha', { replace: true })).toBe(
      'inserted',
    );
    expect(paragraphs()).toEqual(['Primeira linha', 'Segunda linha']);
  });

  it('writes lines with <br> into a plain contenteditable (era A)', () => {
    const plain = whatsappAdapter.composer(loadFixture('thread-2023-eraA'))!;
    expect(insertDraft(plain, 'one\ntwo')).toBe('inserted');
    expect(plain.innerHTML).toBe('one<br>two');
  });
});

describe('insertDraft with an editor that handles input itself (Lexical-like)', () => {
  type Exec = (command: string, showUi?: boolean, value?: string) => boolean;
  const calls: string[] = [];

  /** What a browser does for execCommand: trusted beforeinput, then (if not cancelled) input. */
  function installExecCommand(result: 'native' | 'refuse'): void {
    const exec: Exec = (command, _showUi, value) => {
      calls.push(`${command}:${value ?? ''}`);
      if (result === 'refuse') return false;
      const inputType = command === 'insertText' ? 'insertText' : 'insertParagraph';
      const event = new InputEvent('beforeinput', {
        inputType,
        data: value ?? null,
        bubbles: true,
        cancelable: true,
      });
      if (!composer.dispatchEvent(event)) return false;
      return true;
    };
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
  }

  /** A tiny editor: applies insertText/insertParagraph beforeinput and paste to its own model. */
  function installEditor(): void {
    composer.addEventListener('beforeinput', (event) => {
      event.preventDefault();
      const last = composer.lastElementChild!;
      if (event.inputType === 'insertText') {
        if (last.innerHTML === '<br>') last.textContent = '';
        last.append(event.data ?? '');
      } else if (event.inputType === 'insertParagraph') {
        const p = document.createElement('p');
        p.innerHTML = '<br>';
        composer.append(p);
      }
    });
  }

  afterEach(() => {
    calls.length = 0;
    Reflect.deleteProperty(document, 'execCommand');
  });

  it('inserts line by line with execCommand and synthetic insertParagraph, counting cancelled beforeinput as done', () => {
    installExecCommand('native');
    installEditor();
    expect(insertDraft(composer, 'one\ntwo\n\nfour')).toBe('inserted');
    expect(calls).toEqual(['insertText:one', 'insertText:two', 'insertText:four']);
    expect(paragraphs()).toEqual(['one', 'two', '', 'four']);
    expect(seen.filter((type) => type === 'beforeinput:insertParagraph')).toHaveLength(3);
    expect(seen).not.toContain('paste');
  });

  it('falls back to a synthetic paste when execCommand is refused', () => {
    installExecCommand('refuse');
    class FakeDataTransfer {
      private readonly items = new Map<string, string>();
      setData(type: string, value: string): void {
        this.items.set(type, value);
      }
      getData(type: string): string {
        return this.items.get(type) ?? '';
      }
    }
    class FakeClipboardEvent extends Event {
      readonly clipboardData: FakeDataTransfer | null;
      constructor(type: string, init: EventInit & { clipboardData?: FakeDataTransfer }) {
        super(type, init);
        this.clipboardData = init.clipboardData ?? null;
      }
    }
    const view = document.defaultView!;
    Object.assign(view, { DataTransfer: FakeDataTransfer, ClipboardEvent: FakeClipboardEvent });
    let pasted = '';
    composer.addEventListener('paste', (event) => {
      event.preventDefault();
      pasted = (event as unknown as FakeClipboardEvent).clipboardData?.getData('text/plain') ?? '';
    });
    try {
      expect(insertDraft(composer, 'one\ntwo')).toBe('inserted');
      expect(pasted).toBe('one\ntwo');
      expect(seen).not.toContain('input:insertText');
    } finally {
      Reflect.deleteProperty(view, 'DataTransfer');
      Reflect.deleteProperty(view, 'ClipboardEvent');
    }
  });
});
