// the slow suite's settings, read by test/helpers/slow.ts
process.env.VTO_SLOW = "1";
