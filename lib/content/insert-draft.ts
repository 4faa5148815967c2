/**
 * Puts a drafted reply into a site's composer so that the site's editor (Lexical on WhatsApp and
 * Instagram) registers it and shows its send button, and never sends it: no Enter key, no click, no
 * form submit. Writing the DOM directly is not enough on Lexical (its state stays empty and re-renders the
 * DOM away; see docs/site-markup.md, Composer), so the order is: (1) per line `execCommand('insertText')`, which
 * makes the browser fire trusted beforeinput/input events, with line breaks as a synthetic
 * `beforeinput` of type insertParagraph (Lexical handles untrusted beforeinput and cancels it) and,
 * if no editor took that, `execCommand('insertParagraph')` for plain contenteditables; Enter is
 * never simulated because Enter sends; (2) a synthetic paste carrying text/plain, which Lexical's
 * paste handler reads with line breaks; (3) writing the text into the DOM and dispatching `input`
 * (jsdom, or editors that refuse everything else). A step counts as done when the command returned
 * true, an `input` event followed, or the editor cancelled the beforeinput/paste (it did the work
 * itself). An existing owner draft is left alone unless `replace` is set.
 */
import { readText } from '../platforms/dom-text';

export type InsertDraftResult = 'inserted' | 'not_empty';

export interface InsertDraftOptions {
  /** Replace text the owner already typed (the runtime asks first). */
  replace?: boolean;
}

export function insertDraft(
  composer: HTMLElement,
  text: string,
  options: InsertDraftOptions = {},
): InsertDraftResult {
  if (options.replace !== true && hasOwnerText(composer)) return 'not_empty';
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  composer.focus();
  placeSelection(composer, options.replace === true);
  if (insertWithCommands(composer, lines)) return 'inserted';
  // Whatever the commands left is ours (the composer was empty or is being replaced): redo it all.
  placeSelection(composer, true);
  if (pasteText(composer, lines.join('\n'))) return 'inserted';
  writeText(composer, lines);
  return 'inserted';
}

/** Text (or an emoji image) the owner typed; Lexical's empty state is `<p><br></p>`. */
export function hasOwnerText(composer: HTMLElement): boolean {
  if (readText(composer) !== '') return true;
  return composer.getElementsByTagName('img').length > 0;
}

/** Select everything (replace) or put the caret at the start of the empty editor. */
function placeSelection(composer: HTMLElement, selectAll: boolean): void {
  if (selectAll) select(composer);
  else
    select(
      composer.firstElementChild?.tagName === 'P' ? composer.firstElementChild : composer,
      true,
    );
}

/**
 * Selects what `node` holds; with `collapseTo`, puts the caret at its start (true) or end (false)
 * instead.
 */
function select(node: Node, collapseTo?: boolean): void {
  const doc = node.ownerDocument;
  const selection = doc?.getSelection();
  if (!doc || !selection) return;
  const range = doc.createRange();
  range.selectNodeContents(node);
  if (collapseTo !== undefined) range.collapse(collapseTo);
  selection.removeAllRanges();
  selection.addRange(range);
}

function selectionInside(composer: HTMLElement): boolean {
  const anchor = composer.ownerDocument.getSelection()?.anchorNode;
  return anchor !== null && anchor !== undefined && composer.contains(anchor);
}

type ExecCommand = (command: string, showUi?: boolean, value?: string) => boolean;

/**
 * `document.execCommand`, deprecated but still the only way for a script to make the browser fire
 * trusted beforeinput/input events; undefined where it does not exist (jsdom).
 */
function execCommandOf(doc: Document): ExecCommand | undefined {
  const candidate: unknown = Reflect.get(doc, 'execCommand');
  if (typeof candidate !== 'function') return undefined;
  return (command, showUi, value) =>
    Boolean(Reflect.apply(candidate, doc, [command, showUi, value]));
}

function insertWithCommands(composer: HTMLElement, lines: string[]): boolean {
  const doc = composer.ownerDocument;
  const exec = execCommandOf(doc);
  if (!exec) return false;
  for (const [index, line] of lines.entries()) {
    if (!selectionInside(composer)) return false;
    if (index > 0 && !insertBreak(composer)) return false;
    if (line !== '' && !run(doc, () => exec('insertText', false, line))) return false;
  }
  return true;
}

/** A paragraph break: synthetic beforeinput first (Lexical), execCommand for plain editables. */
function insertBreak(composer: HTMLElement): boolean {
  const view = composer.ownerDocument.defaultView;
  if (view) {
    const event = new view.InputEvent('beforeinput', {
      inputType: 'insertParagraph',
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    if (!composer.dispatchEvent(event)) return true;
  }
  const doc = composer.ownerDocument;
  const exec = execCommandOf(doc);
  return exec !== undefined && run(doc, () => exec('insertParagraph', false));
}

/**
 * Runs an editing command and reports whether anything took it: the command's own result, an
 * `input` event, or a beforeinput the editor cancelled to apply the change itself (Lexical does
 * that, and then execCommand returns false although the text went in).
 */
function run(doc: Document, command: () => boolean): boolean {
  const view = doc.defaultView;
  let handled = false;
  const onBeforeInput = (event: Event): void => {
    if (event.defaultPrevented) handled = true;
  };
  const onInput = (): void => {
    handled = true;
  };
  view?.addEventListener('beforeinput', onBeforeInput);
  view?.addEventListener('input', onInput);
  let result: boolean;
  try {
    result = command();
  } catch {
    result = false;
  } finally {
    view?.removeEventListener('beforeinput', onBeforeInput);
    view?.removeEventListener('input', onInput);
  }
  return result || handled;
}

/** Synthetic paste with text/plain; true when an editor handled (cancelled) it. */
function pasteText(composer: HTMLElement, text: string): boolean {
  const view = composer.ownerDocument.defaultView;
  if (
    !view ||
    typeof view.DataTransfer !== 'function' ||
    typeof view.ClipboardEvent !== 'function'
  ) {
    return false;
  }
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  const event = new view.ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  return !composer.dispatchEvent(event);
}

/** Last resort: one paragraph per line (Lexical-like editors) or text with <br>, then `input`. */
function writeText(composer: HTMLElement, lines: string[]): void {
  const doc = composer.ownerDocument;
  const template = [...composer.children].find((child) => child.tagName === 'P');
  const paragraphs = template !== undefined || composer.hasAttribute('data-lexical-editor');
  if (paragraphs) {
    composer.replaceChildren(
      ...lines.map((line) => {
        const p = template ? (template.cloneNode(false) as HTMLElement) : doc.createElement('p');
        p.append(line === '' ? doc.createElement('br') : doc.createTextNode(line));
        return p;
      }),
    );
  } else {
    composer.replaceChildren(
      ...lines.flatMap((line, index) =>
        index === 0
          ? [doc.createTextNode(line)]
          : [doc.createElement('br'), doc.createTextNode(line)],
      ),
    );
  }
  select(composer.lastElementChild ?? composer, false);
  const view = doc.defaultView;
  if (view) {
    const data = lines.join('\n');
    composer.dispatchEvent(
      new view.InputEvent('input', {
        inputType: 'insertText',
        data,
        bubbles: true,
        composed: true,
      }),
    );
  }
}
