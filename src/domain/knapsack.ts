/**
 * The budget optimum (issue 6, item 5): the selection of needs that maximises the total weighted
 * score within the budget and, if set, a cap on total hours. Exact 0/1 knapsack by branch and
 * bound: items by score per euro, the bound from the fractional relaxation of each constraint
 * (the tighter of the two). Pure.
 */
export interface KnapsackItem {
  value: number;
  cost: number;
  hours: number;
}

export interface KnapsackResult {
  chosen: boolean[];
  value: number;
  cost: number;
  hours: number;
  /** Nodes visited, for the bench. */
  nodes: number;
}

const EPS = 1e-9;

export function knapsack(
  items: KnapsackItem[],
  budget: number,
  hoursCap: number | null = null,
): KnapsackResult {
  const n = items.length;
  const cap = hoursCap ?? Infinity;
  // free items with value are always taken; items that can never fit are never taken
  const forced = items.map((it) => it.cost <= EPS && it.hours <= EPS && it.value > 0);
  const order = items
    .map((it, i) => i)
    .filter(
      (i) => !forced[i] && items[i].value > 0 && items[i].cost <= budget + EPS && items[i].hours <= cap + EPS,
    )
    .sort((x, y) => ratio(items[y]) - ratio(items[x]) || items[y].value - items[x].value || x - y);
  const byHours = [...order].sort((x, y) => hRatio(items[y]) - hRatio(items[x]) || x - y);
  const m = order.length;

  let best = 0;
  let bestSet: number[] = [];
  const taken: number[] = [];
  let nodes = 0;

  const fractional = (
    sorted: number[],
    depth: number,
    room: number,
    weight: (it: KnapsackItem) => number,
  ) => {
    // items at order positions < depth are decided; the others may be taken fractionally
    let bound = 0;
    for (const i of sorted) {
      if (position[i] < depth) continue;
      const wgt = weight(items[i]);
      if (wgt <= room + EPS) {
        room -= wgt;
        bound += items[i].value;
      } else {
        bound += (items[i].value * room) / wgt;
        break;
      }
    }
    return bound;
  };
  const position = new Int32Array(n).fill(-1);
  order.forEach((i, p) => (position[i] = p));

  const search = (depth: number, value: number, cost: number, hours: number) => {
    nodes++;
    if (value > best + EPS) {
      best = value;
      bestSet = [...taken];
    }
    if (depth === m) return;
    const bound =
      value +
      Math.min(
        fractional(order, depth, budget - cost, (it) => it.cost),
        hoursCap === null ? Infinity : fractional(byHours, depth, cap - hours, (it) => it.hours),
      );
    if (bound <= best + EPS) return;
    const i = order[depth];
    if (cost + items[i].cost <= budget + EPS && hours + items[i].hours <= cap + EPS) {
      taken.push(i);
      search(depth + 1, value + items[i].value, cost + items[i].cost, hours + items[i].hours);
      taken.pop();
    }
    search(depth + 1, value, cost, hours);
  };
  search(0, 0, 0, 0);

  const chosen = items.map((_, i) => forced[i] || bestSet.includes(i));
  const sum = (f: (it: KnapsackItem) => number) => items.reduce((s, it, i) => s + (chosen[i] ? f(it) : 0), 0);
  return {
    chosen,
    value: sum((it) => it.value),
    cost: sum((it) => it.cost),
    hours: sum((it) => it.hours),
    nodes,
  };
}

const ratio = (it: KnapsackItem) => (it.cost <= EPS ? Infinity : it.value / it.cost);
const hRatio = (it: KnapsackItem) => (it.hours <= EPS ? Infinity : it.value / it.hours);
