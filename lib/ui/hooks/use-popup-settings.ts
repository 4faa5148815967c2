/**
 * What the popup reads from the stored settings, kept current with them: whether the owner's FAQ
 * is empty (then the classifier does not report unanswered questions, and the popup says so) and
 * the business time zone (promises are stated in it, as the drafts state them).
 */
import { useEffect, useState } from 'preact/hooks';
import { hasFaq } from '../../classifier/has-faq';
import { localTimeZone } from '../../settings/defaults';
import { loadSettings, watchSettings } from '../../settings/store';
import type { Settings } from '../../settings/types';

export interface PopupSettings {
  faqEmpty: boolean;
  timeZone: string;
}

function read(s: Settings): PopupSettings {
  return { faqEmpty: !hasFaq(s.knowledgeBase), timeZone: s.businessHours.timeZone };
}

export function usePopupSettings(): PopupSettings {
  const [facts, setFacts] = useState<PopupSettings>(() => ({
    faqEmpty: false,
    timeZone: localTimeZone(),
  }));
  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => {
      if (live) setFacts(read(s));
    });
    const stop = watchSettings((s) => {
      setFacts(read(s));
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return facts;
}
