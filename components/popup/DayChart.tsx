/** A small bar chart of escalations per day; each bar has a title, and a summary labels the image. */
export interface DayChartProps {
  days: { day: string; count: number }[];
  label: string;
}

const HEIGHT = 48;

export function DayChart({ days, label }: DayChartProps) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const width = Math.max(1, days.length) * 10;
  const summary = `${label}: ${days.map((d) => `${d.day} ${d.count}`).join(', ')}`;
  return (
    <figure class="chart">
      <figcaption>{label}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={summary}
        data-testid="stats-chart"
      >
        {days.map((d, i) => {
          const h = d.count === 0 ? 1 : Math.max(2, (d.count / max) * HEIGHT);
          return (
            <rect
              key={d.day}
              x={i * 10 + 1}
              y={HEIGHT - h}
              width={8}
              height={h}
              class={d.count === 0 ? 'zero' : 'bar'}
            >
              <title>{`${d.day}: ${d.count}`}</title>
            </rect>
          );
        })}
      </svg>
    </figure>
  );
}
