/** The log's filters: status, category, platform and a search box. Every control has a label. */
import { CATEGORIES } from '@/lib/classifier/types';
import { PLATFORMS } from '@/lib/platforms/types';
import { STATUS_FILTERS, type LogFilters } from '@/lib/ui/filters';
import { categoryText, useUiText } from '../shared/i18n';

export interface FilterBarProps {
  filters: LogFilters;
  onChange: (filters: LogFilters) => void;
}

export function FilterBar({ filters, onChange }: FilterBarProps) {
  const { t } = useUiText();
  const set = <K extends keyof LogFilters>(key: K, value: LogFilters[K]) => {
    onChange({ ...filters, [key]: value });
  };
  return (
    <form
      class="filters"
      role="search"
      aria-label={t('filter_label')}
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <label>
        <span>{t('filter_status')}</span>
        <select
          data-testid="filter-status"
          value={filters.status}
          onChange={(event) => {
            const value = STATUS_FILTERS.find((s) => s === event.currentTarget.value) ?? 'all';
            set('status', value);
          }}
        >
          {STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>
              {t(`status_${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filter_category')}</span>
        <select
          data-testid="filter-category"
          value={filters.category}
          onChange={(event) => {
            set('category', CATEGORIES.find((c) => c === event.currentTarget.value) ?? 'all');
          }}
        >
          <option value="all">{t('filter_allCategories')}</option>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {categoryText(t, category)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filter_platform')}</span>
        <select
          data-testid="filter-platform"
          value={filters.platform}
          onChange={(event) => {
            set('platform', PLATFORMS.find((p) => p === event.currentTarget.value) ?? 'all');
          }}
        >
          <option value="all">{t('filter_allPlatforms')}</option>
          {PLATFORMS.map((platform) => (
            <option key={platform} value={platform}>
              {t(`platform_${platform}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="search">
        <span>{t('filter_search')}</span>
        <input
          type="search"
          data-testid="filter-search"
          value={filters.search}
          placeholder={t('filter_searchPlaceholder')}
          onInput={(event) => {
            set('search', event.currentTarget.value);
          }}
        />
      </label>
    </form>
  );
}
