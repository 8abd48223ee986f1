/** The root of `key`'s set in a union-find forest kept as a parent map, shortening the path on the way. */
export function findRoot(parent: Map<string, string>, key: string): string {
  let root = key;
  while (parent.get(root) !== root) root = parent.get(root) ?? root;
  let node = key;
  while (node !== root) {
    const next = parent.get(node) ?? root;
    parent.set(node, root);
    node = next;
  }
  return root;
}
