// The benchmark's plain parts: medians and ratios to each peer, the targets, and the schema tree the
// one-LitElement form renders from.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderTargets } from '../../bench/lib/report.mjs';
import { summarise } from '../../bench/lib/summarise.mjs';
import { schemaTree, type SchemaNode } from '../../bench/harness/schema-fields.mjs';

const renderers = ['static', 'mk-form', 'lit-form', 'rjsf'];

/** A page's sample with the given DOM complete (ms); every other metric is the same for every renderer. */
function sample(domComplete: number) {
  return {
    domComplete,
    painted: 100,
    domElements: 10,
    domNodes: 20,
    domComments: 0,
    shadowRoots: 0,
    typing: 1,
    submit: 2,
    typingAfterSubmit: 1,
    heapDelta: 50_000,
    heapAfter: 1e6,
    memoryDelta: 1e6,
    memoryAfter: 2e6,
  };
}

function run(workloads: { id: string; n: number; times: Record<string, number[]> }[], only = renderers) {
  const index = workloads.map(({ id, n }) => ({ id, kind: id.split('-')[0], n, fields: n, controls: { total: n } }));
  const samples = Object.fromEntries(
    workloads.map(({ id, times }) => [id, Object.fromEntries(only.map((r) => [r, (times[r] ?? [1]).map(sample)]))]),
  );
  return summarise({ meta: {}, index, samples, bundle: undefined, renderers: only });
}

describe('bench summary and targets', () => {
  it('takes medians per renderer and divides mk-form by each peer', () => {
    const summary = run([
      { id: 'flat-20', n: 20, times: { static: [1, 9, 2], 'mk-form': [8, 6, 100], 'lit-form': [4, 4, 4], rjsf: [16, 16, 16] } },
    ]);
    const [w] = summary.workloads;
    assert.equal(w.median['mk-form'].domComplete, 8);
    assert.equal(w.ratioTo.static.domComplete, 4);
    assert.equal(w.ratioTo['lit-form'].domComplete, 2);
    assert.equal(w.ratioTo.rjsf.domComplete, 0.5);
    assert.equal(w.ratio, w.ratioTo.static);
    assert.equal(w.ratioTo.static.heapDelta, null, 'a baseline under 100 kB of JS heap is noise');
  });

  it('checks each target against its peer, only from its N on, and says where it is missed', () => {
    const summary = run([
      { id: 'flat-20', n: 20, times: { static: [1], 'mk-form': [10], 'lit-form': [10], rjsf: [15] } },
      { id: 'flat-500', n: 500, times: { static: [10], 'mk-form': [40], 'lit-form': [20], rjsf: [100] } },
    ]);
    const target = (label: string) => summary.targets.find((t: { label: string }) => t.label.startsWith(label));
    const rjsf = target('render → DOM complete ÷ RJSF');
    assert.deepEqual([rjsf.met, rjsf.worst, rjsf.worstAt], [false, 10 / 15, 'flat-20']);
    const lit = target('render → DOM complete ÷ one-LitElement');
    assert.deepEqual(
      lit.results.map((r: { workload: string; met: boolean }) => [r.workload, r.met]),
      [
        ['flat-20', true],
        ['flat-500', false],
      ],
    );
    const large = target('render → DOM complete ÷ static, N ≥ 500');
    assert.deepEqual(
      large.results.map((r: { workload: string }) => r.workload),
      ['flat-500'],
      'flat-20 is below N = 500',
    );
    assert.equal(large.met, false);
    assert.match(renderTargets(summary), /flat-500 4\.00×/);
  });

  it('reports a target against a peer that did not run as n/a, not as met', () => {
    const summary = run([{ id: 'flat-20', n: 20, times: { static: [1], 'mk-form': [2] } }], ['static', 'mk-form']);
    const rjsf = summary.targets.find((t: { against: string }) => t.against === 'rjsf');
    assert.equal(rjsf.met, null);
    assert.match(renderTargets(summary), /÷ RJSF \| ≤ 0\.5× \| n\/a \(not measured\) \| n\/a/);
  });
});

describe('schemaTree (the one-LitElement form)', () => {
  it('reads objects as groups and leaves as the native control their type and hint call for', () => {
    const schema = {
      type: 'object',
      title: 'Form',
      required: ['a'],
      properties: {
        a: { type: 'string', title: 'A' },
        b: { type: 'string', enum: ['x', 'y'] },
        c: { type: 'object', properties: { r: { type: 'string', enum: ['1', '2'] }, d: { type: 'string', format: 'date' } } },
        n: { type: 'integer' },
        t: { type: 'boolean' },
        long: { type: 'string' },
      },
    };
    const tree = schemaTree(schema, { 'c.r': 'radio', long: 'textarea' });
    const leaves = (node: SchemaNode): SchemaNode[] => (node.group ? node.children!.flatMap(leaves) : [node]);
    assert.deepEqual(
      leaves(tree).map(({ pointer, control, required }) => `${pointer} ${control}${required ? ' required' : ''}`),
      ['/a text required', '/b select', '/c/r radio', '/c/d date', '/n number', '/t checkbox', '/long textarea'],
    );
  });
});
