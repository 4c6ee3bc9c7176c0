/** Types for the tests of the benchmark's report (the benchmark itself is plain JavaScript). */
export declare function summarise(input: {
  meta: object;
  index: { id: string; kind: string; n: number; fields: number; controls: { total: number } }[];
  samples: Record<string, Record<string, Record<string, number>[]>>;
  bundle: unknown;
  renderers: string[];
}): {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  workloads: any[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  targets: any[];
};
