"""Opens exported workbooks with openpyxl (a strict reader: pandas.read_excel uses it) and prints,
as JSON, what survived: sheets, tables with their header cells, defined names, data validations,
conditional formats, and every warning openpyxl gave while reading (it warns when it drops
content it does not support). Run with Debian's /usr/bin/python3 (package python3-openpyxl).

Usage: openpyxl_read.py FILE.xlsx [...]
"""
import json
import sys
import warnings

import openpyxl
from openpyxl.utils.cell import range_boundaries


def defined_names(wb):
    names = wb.defined_names
    # openpyxl < 3.1 keeps a list, later versions a dict
    items = names.definedName if hasattr(names, "definedName") else names.values()
    return [{"name": d.name, "value": d.attr_text, "localSheetId": d.localSheetId} for d in items]


def sheet(ws):
    tables = []
    for t in ws.tables.values():
        min_col, min_row, max_col, _ = range_boundaries(t.ref)
        header = [ws.cell(row=min_row, column=c).value for c in range(min_col, max_col + 1)]
        tables.append(
            {
                "name": t.name,
                "displayName": t.displayName,
                "ref": t.ref,
                "columns": [c.name for c in t.tableColumns],
                "header": header,
            }
        )
    validations = [
        {
            "type": dv.type,
            "operator": dv.operator,
            "errorStyle": dv.errorStyle,
            "allowBlank": dv.allowBlank,
            "showErrorMessage": dv.showErrorMessage,
            "showInputMessage": dv.showInputMessage,
            "promptTitle": dv.promptTitle,
            "prompt": dv.prompt,
            "errorTitle": dv.errorTitle,
            "error": dv.error,
            "sqref": str(dv.sqref),
            "formula1": dv.formula1,
            "formula2": dv.formula2,
        }
        for dv in ws.data_validations.dataValidation
    ]
    formats = [
        {"sqref": str(cf.sqref), "rules": [{"type": r.type, "priority": r.priority} for r in cf.rules]}
        for cf in ws.conditional_formatting
    ]
    return {"name": ws.title, "tables": tables, "validations": validations, "conditionalFormats": formats}


def main(paths):
    out = {}
    for path in paths:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            wb = openpyxl.load_workbook(path)
            sheets = [sheet(ws) for ws in wb.worksheets]
        out[path] = {
            "openpyxl": openpyxl.__version__,
            "warnings": [f"{w.category.__name__}: {w.message}" for w in caught],
            "sheets": sheets,
            "definedNames": defined_names(wb),
        }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])
