type Catalog = { [key: string]: string | Catalog };
type Intersect<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Deep-merges translation fragments (one file per module) into one catalogue; a key defined twice is a mistake. */
export function mergeCatalogs<T extends object[]>(...parts: T): Intersect<T[number]> {
  const merge = (into: Catalog, from: Catalog, path: string) => {
    for (const [key, value] of Object.entries(from)) {
      const at = path ? `${path}.${key}` : key;
      const existing = into[key];
      if (typeof value === 'object' && typeof existing === 'object') merge(existing, value, at);
      else if (existing !== undefined) throw new Error(`translation key ${at} is defined twice`);
      else into[key] = typeof value === 'object' ? merge({}, value, at) : value;
    }
    return into;
  };
  return parts.reduce<Catalog>((acc, part) => merge(acc, part as Catalog, ''), {}) as Intersect<T[number]>;
}
