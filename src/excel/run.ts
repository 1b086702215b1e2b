/** The one place that starts an Excel batch; the UI calls services through it. */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}
