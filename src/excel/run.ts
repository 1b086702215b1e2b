/** The one place that starts an Excel batch; the UI calls services through it. */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}

/** Continues the context an object (e.g. an event handler result) belongs to. */
export function runExcelWith<T>(
  object: { context: OfficeExtension.ClientRequestContext },
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  return Excel.run(object.context, batch);
}
