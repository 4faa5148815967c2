// Fifty strings a hostile customer (or a page) could put in a name or a message: markup with
// script, event handlers and javascript: URLs in many spellings, markup-breaking quotes and
// closing tags, template syntax, and spreadsheet formulas. Every handler writes its number (the %n) on
// `window.__pwned`, so a test can tell whether any of them ever ran. Written for these tests.

const handlers: [string, string][] = [
  ['img', '<img src=x onerror="window.__pwned=%n">'],
  ['img-quoted-break', '"><img src=x onerror=window.__pwned=%n>'],
  ['img-single-break', "'><img src=x onerror=window.__pwned=%n>"],
  ['img-upper', '<IMG SRC=x OnErRoR=window.__pwned=%n>'],
  ['img-unclosed', '<img src=x onerror=window.__pwned=%n //'],
  ['img-entity-handler', '<img src=x:x onerror=&#x77;indow.__pwned=%n>'],
  ['img-srcset', '<img srcset="x 1x" onerror=window.__pwned=%n>'],
  ['script', '<script>window.__pwned=%n</script>'],
  ['script-break', '"><script>window.__pwned=%n</script>'],
  ['script-nested', '<scr<script>ipt>window.__pwned=%n</script>'],
  ['svg-onload', '<svg onload="window.__pwned=%n">'],
  ['svg-slash', '<svg/onload=window.__pwned=%n>'],
  ['svg-script', '<svg><script>window.__pwned=%n</script></svg>'],
  ['svg-animate', '<svg><animate onbegin=window.__pwned=%n attributeName=x dur=1s>'],
  ['iframe-js', '<iframe src="javascript:parent.__pwned=%n"></iframe>'],
  ['iframe-srcdoc', '<iframe srcdoc="<script>parent.__pwned=%n</script>"></iframe>'],
  ['a-js', '<a href="javascript:window.__pwned=%n">open</a>'],
  ['body-onload', '<body onload=window.__pwned=%n>'],
  ['details', '<details open ontoggle=window.__pwned=%n>'],
  ['input-focus', '<input autofocus onfocus=window.__pwned=%n>'],
  ['select-focus', '<select autofocus onfocus=window.__pwned=%n>'],
  ['textarea-focus', '<textarea autofocus onfocus=window.__pwned=%n>'],
  ['video-source', '<video><source onerror=window.__pwned=%n></video>'],
  ['audio', '<audio src=x onerror=window.__pwned=%n>'],
  ['object', '<object data="javascript:window.__pwned=%n"></object>'],
  ['embed', '<embed src="javascript:window.__pwned=%n">'],
  ['form-action', '<form><button formaction=javascript:window.__pwned=%n>go</button></form>'],
  ['meta-refresh', '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=%n">'],
  ['marquee', '<marquee onstart=window.__pwned=%n>hi</marquee>'],
  ['bold-hover', '<b onmouseover=window.__pwned=%n>bold</b>'],
  ['contenteditable', '<x contenteditable autofocus onfocus=window.__pwned=%n>'],
  ['style-url', '<div style="background:url(javascript:window.__pwned=%n)">'],
  ['math', '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=%n>'],
  ['template', '<template><img src=x onerror=window.__pwned=%n></template>'],
  ['noscript', '<noscript><p title="</noscript><img src=x onerror=window.__pwned=%n>">'],
  ['comment', '<!--<img src="--><img src=x onerror=window.__pwned=%n//">'],
  ['close-textarea', '</textarea><img src=x onerror=window.__pwned=%n>'],
  ['close-title', '</title><img src=x onerror=window.__pwned=%n>'],
  ['close-style', '</style><img src=x onerror=window.__pwned=%n>'],
  ['close-script', '</script><img src=x onerror=window.__pwned=%n>'],
  ['entities', '&lt;img src=x onerror=window.__pwned=%n&gt;'],
  ['js-url-text', 'javascript:window.__pwned=%n'],
  ['template-braces', "{{constructor.constructor('window.__pwned=%n')()}}"],
  ['template-literal', '${window.__pwned=%n}'],
  ['base', '<base href="javascript:window.__pwned=%n//">'],
  ['formula-hyperlink', '=HYPERLINK("https://example.invalid/?n=%n","details")'],
  ['formula-plus', "+SUM(1+%n)*cmd|' /C calc'!A0"],
  ['formula-minus', "-%n+3+cmd|' /C notepad'!'A1'"],
  ['formula-at', '@SUM(%n+1)'],
  ['formula-tab', '\t=%n+1'],
];

export interface HostilePayload {
  /** 1…50: the flag its handler would write on `window.__pwned`. */
  n: number;
  name: string;
  text: string;
}

export const HOSTILE_PAYLOADS: readonly HostilePayload[] = handlers.map(([name, text], i) => ({
  n: i + 1,
  name,
  text: text.replace(/%n/g, String(i + 1)),
}));

/**
 * Elements none of our views render from customer text: any of them means markup got through.
 * Our own controls of those kinds (a category select, a file input) carry a data-testid, which
 * none of the payloads has.
 */
export const INJECTED_SELECTOR =
  ':is(script, img, svg, math, iframe, object, embed, video, audio, source, form, input, select, textarea, details, marquee, meta, base, body, template, noscript, x, a[href^="javascript"]):not([data-testid])';
