// The shape of each statement a hand-written read sends, from PostgreSQL's own EXPLAIN: printed beside the read's
// figures, so a sort or a scan over a large table shows next to its cost.

/** A pool that forwards every statement to `pool` and remembers each one (text and parameters) the first time. */
export function recordingPool(pool) {
  const statements = new Map();
  const record = (text, params) => {
    if (!statements.has(text)) statements.set(text, params ?? []);
  };
  const wrap = (target) => ({
    query: (text, params) => {
      record(text, params);
      return target.query(text, params);
    },
    release: (...args) => target.release?.(...args),
  });
  return {
    pool: { ...wrap(pool), connect: async () => wrap(await pool.connect()), end: () => pool.end() },
    statements: () => [...statements].map(([text, params]) => ({ text, params })),
  };
}

/** One line per statement: its plan's nodes depth first, e.g. `Limit → Nested Loop(Index Scan topics_pkey on topics, …)`. */
export async function planShapes(pool, statements) {
  const shapes = [];
  for (const { text, params } of statements) {
    const { rows } = await pool.query(`EXPLAIN (FORMAT JSON) ${text}`, params);
    shapes.push(shape(rows[0]['QUERY PLAN'][0].Plan));
  }
  return shapes;
}

function shape(node) {
  const label = [node['Node Type'], node['Index Name'], node['Relation Name'] && `on ${node['Relation Name']}`].filter(Boolean).join(' ');
  const children = (node.Plans ?? []).filter((child) => child['Parent Relationship'] !== 'InitPlan' || child.Plans || child['Relation Name']);
  if (children.length === 0) return label;
  if (children.length === 1) return `${label} → ${shape(children[0])}`;
  return `${label}(${children.map(shape).join(', ')})`;
}
