type Bar = { label: string; count: number };

/**
 * A horizontal bar chart as SVG with the figures written beside each bar, and the
 * same figures as a list for screen readers (the SVG itself is hidden from them).
 */
export function BarChart({
  title,
  bars,
  itemLabel,
}: {
  title: string;
  bars: readonly Bar[];
  itemLabel: (bar: Bar) => string;
}) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const rowHeight = 28;
  const labelWidth = 220;
  const barWidth = 320;
  return (
    <figure className="mb-8 max-w-3xl">
      <figcaption className="mb-2 font-bold">{title}</figcaption>
      <svg
        aria-hidden="true"
        viewBox={`0 0 ${labelWidth + barWidth + 60} ${bars.length * rowHeight}`}
        className="h-auto w-full"
        role="presentation"
      >
        {bars.map((bar, i) => (
          <g key={bar.label} transform={`translate(0 ${i * rowHeight})`}>
            <text x={labelWidth - 8} y={rowHeight / 2 + 5} textAnchor="end" fontSize="14" fill="#0b0c0c">
              {bar.label.length > 30 ? `${bar.label.slice(0, 29)}…` : bar.label}
            </text>
            <rect x={labelWidth} y={4} width={(bar.count / max) * barWidth} height={rowHeight - 8} fill="#1d70b8" />
            <text x={labelWidth + (bar.count / max) * barWidth + 6} y={rowHeight / 2 + 5} fontSize="14" fill="#0b0c0c">
              {bar.count}
            </text>
          </g>
        ))}
      </svg>
      <ul className="sr-only">
        {bars.map((bar) => (
          <li key={bar.label}>{itemLabel(bar)}</li>
        ))}
      </ul>
    </figure>
  );
}
