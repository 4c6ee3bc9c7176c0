/**
 * The per-page metrics, in report order. `unit` says how a value is shown; a ratio is left out
 * (n/a) when the baseline's median is below `minBaseline`, where it would divide by noise.
 */
export const METRICS = [
  { key: 'domComplete', label: 'render → DOM complete', unit: 'ms' },
  { key: 'painted', label: 'render → painted', unit: 'ms' },
  { key: 'domElements', label: 'DOM elements', unit: 'count' },
  { key: 'domNodes', label: 'DOM nodes (elements, text, comments)', unit: 'count' },
  { key: 'typing', label: 'typing, per keystroke', unit: 'ms' },
  { key: 'submit', label: 'submit with 1 error', unit: 'ms' },
  { key: 'heapDelta', label: 'JS heap added by render', unit: 'MB', minBaseline: 100_000 },
  { key: 'heapAfter', label: 'JS heap after render (raw)', unit: 'MB' },
  { key: 'memoryDelta', label: 'memory added by render (JS + DOM)', unit: 'MB' },
  // Code compiled as the page loads (V8's compile hint) is before the render: the page's total shows it.
  { key: 'memoryAfter', label: 'memory after render, whole page (JS + DOM, raw)', unit: 'MB' },
  { key: 'typingAfterSubmit', label: 'typing after submit (diagnostic)', unit: 'ms' },
];

/** Metrics shown as ratios in the summary tables (the raw figures are only in the per-workload tables). */
export const RATIO_METRICS = METRICS.filter((m) => m.key !== 'heapAfter' && m.key !== 'memoryAfter');

export function formatValue(value, unit) {
  if (unit === 'MB') return `${(value / 1e6).toFixed(2)} MB`;
  if (unit === 'count') return Math.round(value).toLocaleString('en');
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
}

export const formatRatio = (ratio) => (ratio === null ? 'n/a' : `${ratio.toFixed(2)}×`);
