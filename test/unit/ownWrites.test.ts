/** OwnWrites: which Local edits are only the echo of the add-in's own writes. */
import { OwnWrites } from "../../src/excel/live";

const edit = (address: string, worksheetId = "s1") => ({ worksheetId, address });

test("an edit made only of registered cells is the echo; one cell more and it is the user's", () => {
  const own = new OwnWrites();
  own.expect("s1", "F4");
  own.expect("s1", "F5");
  own.expect("s1", "B2");
  expect(own.others([edit("Blad!F4,F5")])).toEqual([]);
  // F4 and F5 absorbed their echo: the same cells again are the user's
  expect(own.others([edit("F4")])).toEqual([edit("F4")]);
  // B2 is still expected, but B2:B3 names a cell we did not write
  expect(own.others([edit("B2:B3")])).toEqual([edit("B2:B3")]);
  expect(own.others([edit("B2")])).toEqual([edit("B2")]);
});

test("sheets are told apart; a cell written twice absorbs two edits; clear forgets", () => {
  const own = new OwnWrites();
  own.expect("s1", "A1");
  own.expect("s1", "$A$1");
  expect(own.others([edit("A1", "s2")])).toEqual([edit("A1", "s2")]);
  expect(own.others([edit("A1"), edit("A1")])).toEqual([]);
  expect(own.others([edit("A1")])).toEqual([edit("A1")]);
  own.expect("s1", "C3:D4");
  expect(own.others([edit("D4")])).toEqual([]);
  own.clear();
  expect(own.others([edit("C3")])).toEqual([edit("C3")]);
});

test("an address that is no plain range is never taken for an echo", () => {
  const own = new OwnWrites();
  own.expect("s1", "A1");
  expect(own.others([edit("A:A")])).toEqual([edit("A:A")]);
  expect(own.others([edit("")])).toEqual([edit("")]);
});
