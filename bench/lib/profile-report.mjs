// A CPU profile (Chrome DevTools Protocol `Profiler.stop`) summed by function and by file, printed to the console.

/**
 * Self time per function and per file, from the profile's samples and their time deltas. A delta longer than
 * `capMs` (4× the sampling interval) is counted as `capMs`: on a shared machine the thread was then off its core
 * (another process ran), and that wait is not the function's time; without the cap, a few such samples (5–14 ms
 * each at load 6) put milliseconds on whatever function happened to be running.
 */
export function printProfile(profile, heading, top, capMs = 0.2) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map();
  profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + Math.min((profile.timeDeltas[i] ?? 0) / 1000, capMs)));
  const byFunction = new Map();
  const byFile = new Map();
  let total = 0;
  for (const [id, ms] of selfTime) {
    const { callFrame } = byId.get(id);
    if (callFrame.functionName === '(idle)') continue;
    total += ms;
    const file = callFrame.url.replace(/^.*\/(dist|harness)\//, '') || callFrame.functionName;
    const name = `${callFrame.functionName || '(anonymous)'}  ${file}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  const print = (title, map) => {
    console.log(`\n${title}`);
    for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${ms.toFixed(1).padStart(8)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`);
  };
  // Total time: a function's own samples and its callees' (counted once per sample, however deep it recurses).
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byFunctionTotal = new Map();
  for (const [id, ms] of selfTime) {
    if (byId.get(id).callFrame.functionName === '(idle)') continue;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const { callFrame } = byId.get(at);
      if (!callFrame.url) continue;
      const name = `${callFrame.functionName || '(anonymous)'}  ${callFrame.url.replace(/^.*\/(dist|harness)\//, '')}:${callFrame.lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      byFunctionTotal.set(name, (byFunctionTotal.get(name) ?? 0) + ms);
    }
  }
  console.log(`${heading}; ${total.toFixed(1)} ms sampled (not idle)`);
  print('Self time by function', byFunction);
  print('Total time by function (with what it calls)', byFunctionTotal);
  print('Self time by file (bundled chunks, or the engine for (program) and (garbage collector))', byFile);
}

/**
 * Keeps only the samples between the last one in a function named `startMark` and the first one in `endMark` after it
 * (the page runs those around the measured phase): without it, Blink's work before and after the phase (the
 * profiler's start and stop, the protocol's messages) is counted as "(program)".
 */
export function windowed(profile, startMark, endMark) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inMark = (id, name) => {
    for (let at = id; at !== undefined; at = parent.get(at)) if (byId.get(at).callFrame.functionName === name) return true;
    return false;
  };
  let start = -1;
  let end = profile.samples.length;
  profile.samples.forEach((id, i) => {
    if (end === profile.samples.length && inMark(id, startMark)) start = i;
    else if (start >= 0 && end === profile.samples.length && inMark(id, endMark)) end = i;
  });
  if (start < 0 || end === profile.samples.length)
    throw new Error(`no samples in ${startMark} and ${endMark}: cannot find the measured window`);
  profile.samples = profile.samples.slice(start + 1, end);
  profile.timeDeltas = profile.timeDeltas.slice(start + 1, end);
}
