/**
 * Nodes of a rendered form: elements and all nodes (elements, text nodes, comments), counted through
 * open shadow roots (each shadow root's content counts; the root itself is not a node of the tree).
 * Comments are reported apart from text so that Lit's part markers are visible.
 */
export function countNodes(root) {
  const counts = { elements: 0, text: 0, comments: 0, shadowRoots: 0 };
  const visit = (parent) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        counts.elements++;
        if (node.shadowRoot) {
          counts.shadowRoots++;
          visit(node.shadowRoot);
        }
        // A <template>'s content is a separate fragment, never rendered: not counted.
        visit(node);
      } else if (node.nodeType === Node.TEXT_NODE) counts.text++;
      else if (node.nodeType === Node.COMMENT_NODE) counts.comments++;
    }
  };
  visit(root);
  return { ...counts, nodes: counts.elements + counts.text + counts.comments };
}
