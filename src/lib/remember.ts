/**
 * A promise made once per key and kept: answers, page data and drawn parts are
 * asked for again and again. A promise that fails is forgotten, so the next call
 * tries again. With `limit`, a map that reaches it is emptied before growing.
 */
export function remember<T>(map: Map<string, Promise<T>>, key: string, make: () => Promise<T>, limit = Infinity): Promise<T> {
  let p = map.get(key);
  if (!p) {
    if (map.size >= limit) map.clear();
    p = make();
    map.set(key, p);
    p.catch(() => map.delete(key));
  }
  return p;
}
