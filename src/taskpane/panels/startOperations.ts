/** What the Start panel's buttons run, in a chunk of its own (loaded on the first click). */
export { generate } from "../../excel/generate";
export { fillExample, TablesNotEmptyError } from "../../excel/exampleData";
export { restoreComputed } from "../../excel/restoreComputed";
export { exampleData } from "../../workbook/example";
