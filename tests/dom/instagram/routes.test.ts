/**
 * Instagram routes: every example list is positive for its own predicate and negative for the
 * others (github-url-detection style).
 */
import { describe, expect, it } from 'vitest';
import * as routes from '../../../lib/platforms/instagram/routes';

const predicates = {
  inbox: [routes.isInbox, routes.inboxExamples],
  general: [routes.isGeneral, routes.generalExamples],
  requests: [routes.isRequests, routes.requestsExamples],
  newMessage: [routes.isNewMessage, routes.newMessageExamples],
  thread: [routes.isThread, routes.threadExamples],
  login: [routes.isLogin, routes.loginExamples],
} as const;

const all = [
  ...Object.values(predicates).flatMap(([, examples]) => examples),
  ...routes.otherExamples,
];

describe('instagram routes', () => {
  for (const [name, [predicate, examples]] of Object.entries(predicates)) {
    it(`${name}: positives`, () => {
      for (const url of examples) expect(predicate(new URL(url)), url).toBe(true);
    });
    it(`${name}: cross-negatives`, () => {
      for (const url of all.filter((u) => !(examples as readonly string[]).includes(u))) {
        expect(predicate(new URL(url)), url).toBe(false);
      }
    });
  }

  it('isSupportedUrl is any /direct/ page and nothing else', () => {
    const direct = [
      ...routes.inboxExamples,
      ...routes.generalExamples,
      ...routes.requestsExamples,
      ...routes.newMessageExamples,
      ...routes.threadExamples,
    ];
    for (const url of direct) expect(routes.isSupportedUrl(new URL(url)), url).toBe(true);
    for (const url of [...routes.loginExamples, ...routes.otherExamples]) {
      expect(routes.isSupportedUrl(new URL(url)), url).toBe(false);
    }
  });

  it('reads thread ids from URLs and hrefs', () => {
    expect(
      routes.threadIdFromUrl(new URL('https://www.instagram.com/direct/t/17842340125581234/')),
    ).toBe('17842340125581234');
    expect(
      routes.threadIdFromUrl(new URL('https://www.instagram.com/direct/inbox/')),
    ).toBeUndefined();
    expect(routes.threadIdFromHref('/direct/t/340282366841710300949128137443944319108/')).toBe(
      '340282366841710300949128137443944319108',
    );
    expect(routes.threadIdFromHref('https://www.instagram.com/direct/t/42/?hl=en')).toBe('42');
    expect(routes.threadIdFromHref('/direct/inbox/')).toBeUndefined();
    expect(routes.threadIdFromHref('/sam.rivera/')).toBeUndefined();
  });

  it('isInboxTab covers primary, general and requests', () => {
    expect(routes.isInboxTab(new URL('https://www.instagram.com/direct/general/'))).toBe(true);
    expect(routes.isInboxTab(new URL('https://www.instagram.com/direct/requests/hidden/'))).toBe(
      true,
    );
    expect(routes.isInboxTab(new URL('https://www.instagram.com/direct/t/1/'))).toBe(false);
  });
});
