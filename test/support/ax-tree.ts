import { executeServerCommand } from '@web/test-runner-commands';

/** A node of Chromium's accessibility tree (see ax-tree-plugin.mjs). */
export interface AxNode {
  role: string;
  name: string;
  children?: AxNode[];
}

/** Every node of the page's accessibility tree as Chromium builds it (all nodes, not only the interesting ones), in order. */
export async function axNodes(): Promise<AxNode[]> {
  const nodes: AxNode[] = [];
  const walk = (node: AxNode) => {
    nodes.push(node);
    node.children?.forEach(walk);
  };
  walk(await executeServerCommand<AxNode, Record<string, never>>('ax-tree', {}));
  return nodes;
}
