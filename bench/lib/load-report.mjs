import { median } from './stats.mjs';
import { LOAD_TARGETS } from './targets.mjs';

const METRICS = [
  { key: 'domComplete', label: 'render → all elements rendered' },
  { key: 'painted', label: 'render → painted' },
  { key: 'change', label: 'per change (keystroke / rating)' },
  { key: 'script', label: 'per change, script only (before layout)' },
];

const change = (sample) => sample.perKeystroke ?? sample.perChange;
const value = (sample, key) => (key === 'change' ? change(sample) : sample[key]);

/** Medians per scenario and metric, and the ratios the load benchmark is about. */
export function summariseLoad({ meta, count, sizes, samples }) {
  const medians = {};
  for (const [id, list] of Object.entries(samples))
    medians[id] = Object.fromEntries(METRICS.map(({ key }) => [key, median(list.map((s) => value(s, key)))]));
  const ratio = (a, b, key) => medians[a][key] / medians[b][key];
  const [small, large] = [sizes[0], sizes[sizes.length - 1]];
  const ratios = {
    documentsToStatic: Object.fromEntries(METRICS.map(({ key }) => [key, ratio('documents', 'static', key)])),
    largeToSmallRubric: Object.fromEntries(METRICS.map(({ key }) => [key, ratio(`rubric-${large}`, `rubric-${small}`, key)])),
  };
  const targets = LOAD_TARGETS.map(({ metric, limit, label }) => {
    const ratio = ratios.documentsToStatic[metric];
    return { metric, label, limit: `≤ ${limit}×`, ratio, met: ratio <= limit };
  });
  return { meta, count, sizes, medians, ratios, targets, samples };
}

const f = (ms) => `${ms < 10 ? ms.toFixed(2) : ms.toFixed(1)} ms`;
const x = (r) => `${r.toFixed(2)}×`;
const controlsOf = (sample) =>
  Object.entries(sample.controls)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
const totalOf = (sample) => Object.values(sample.controls).reduce((a, b) => a + b, 0);

export function renderLoadMarkdown({ meta, count, sizes, medians, ratios, targets, samples }) {
  const [small, large] = [sizes[0], sizes[sizes.length - 1]];
  const documents = samples.documents[0];
  const lines = [
    '# Load benchmark: latest results',
    '',
    `Command: \`${meta.command}\` — ${meta.date}, commit ${meta.commit}${meta.dirty ? ' (with uncommitted changes in core/schemas)' : ''}, ` +
      `${meta.seconds.toFixed(0)} s.`,
    `${meta.browser}, Node ${meta.node}, ${meta.cpu}; load average ${meta.loadAverageAtStart.toFixed(2)} at start, ` +
      `${meta.loadAverageAtEnd.toFixed(2)} at end (shared machine: read the ratios, not the absolute times).`,
    '',
    `Medians of ${samples.documents.length} fresh pages per scenario. See [docs/benchmarks.md](../../docs/benchmarks.md#load-benchmark).`,
    '',
    '## Targets',
    '',
    '| target | limit | measured | met |',
    '| --- | ---: | ---: | ---: |',
    ...targets.map((t) => `| ${t.label} | ${t.limit} | ${x(t.ratio)} | ${t.met ? 'yes' : '**no**'} |`),
    '',
    `## ${count} document elements vs a static twin`,
    '',
    `The documents page renders ${count} elements (the 12 built-in templates in turn, each with its example record): ` +
      `${documents.elements} Mentorkit elements in all, ${totalOf(documents)} native controls (${controlsOf(documents)}). ` +
      `The static twin is one \`<form>\` with the same native controls by kind, each labelled, set with innerHTML. ` +
      `Typing goes into ${documents.typedInto}; on the static page into its middle textarea.`,
    '',
    '| metric | documents | static | ratio |',
    '| --- | --- | --- | --- |',
    ...METRICS.map(
      ({ key, label }) => `| ${label} | ${f(medians.documents[key])} | ${f(medians.static[key])} | ${x(ratios.documentsToStatic[key])} |`,
    ),
    '',
    `## Rubric of ${large} vs ${small} criteria`,
    '',
    `\`<mk-rag-rubric>\` with a generated template (valid against the rubric template schema; standards of 50 criteria, a three-level RAG scale) and an empty record; ` +
      'the per-change time is a rating of the middle criterion (a click on the next level, one per frame).',
    '',
    `| metric | ${small} criteria | ${large} criteria | ratio ${large}/${small} |`,
    '| --- | --- | --- | --- |',
    ...METRICS.map(
      ({ key, label }) =>
        `| ${label} | ${f(medians[`rubric-${small}`][key])} | ${f(medians[`rubric-${large}`][key])} | ${x(ratios.largeToSmallRubric[key])} |`,
    ),
    '',
    `${large} criteria: ${samples[`rubric-${large}`][0].elements} Mentorkit elements, ${totalOf(samples[`rubric-${large}`][0])} native controls.`,
    '',
    '## Every sample',
    '',
    '| scenario | run | render → rendered | → painted | per change | script only |',
    '| --- | --- | --- | --- | --- | --- |',
    ...Object.entries(samples).flatMap(([id, list]) =>
      list.map((s, i) => `| ${id} | ${i + 1} | ${f(s.domComplete)} | ${f(s.painted)} | ${f(change(s))} | ${f(s.script)} |`),
    ),
    '',
  ];
  return lines.join('\n');
}
