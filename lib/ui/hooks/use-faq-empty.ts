/**
 * Whether the owner's FAQ is empty, kept current with the stored settings: with no entries the
 * classifier does not report unanswered questions, and the popup says so.
 */
import { useEffect, useState } from 'preact/hooks';
import { hasFaq } from '../../classifier/has-faq';
import { loadSettings, watchSettings } from '../../settings/store';

export function useFaqEmpty(): boolean {
  const [empty, setEmpty] = useState(false);
  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => {
      if (live) setEmpty(!hasFaq(s.knowledgeBase));
    });
    const stop = watchSettings((s) => {
      setEmpty(!hasFaq(s.knowledgeBase));
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return empty;
}
