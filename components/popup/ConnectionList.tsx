/**
 * Whether each open WhatsApp and Instagram tab is connected, as its content script last reported.
 * A tab that is not connected says why in plain words, and a page that is not recognised says
 * what cannot be read on it.
 */
import { missingText } from '@/lib/health-words';
import type { Connection } from '@/lib/ui/view-types';
import { useUiText } from '../shared/i18n';

export interface ConnectionListProps {
  connections: Connection[];
}

export function ConnectionList({ connections }: ConnectionListProps) {
  const { t } = useUiText();
  return (
    <section class="connections" aria-labelledby="connections-title">
      <h2 id="connections-title" class="visually-hidden">
        {t('connection_title')}
      </h2>
      {connections.length === 0 ? (
        <p class="muted" data-testid="connection-none">
          {t('connection_none')}
        </p>
      ) : (
        <ul>
          {connections.map((connection) => (
            <li
              key={connection.tabId}
              data-testid="connection"
              data-platform={connection.platform}
              data-state={connection.state}
              class={connection.state === 'connected' ? 'ok' : 'bad'}
            >
              <span aria-hidden="true" class="dot" />
              <strong>{t(`platform_${connection.platform}`)}</strong>{' '}
              <span>{t(`connection_${connection.state}`)}</span>
              {connection.state === 'unrecognised' && connection.missing.length > 0 && (
                <span data-testid="connection-missing">
                  {' '}
                  ({missingText(t, connection.missing)})
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
