// Determinism for every test file: Stockholm time, and no network from unit tests.
process.env.TZ = "Europe/Stockholm";
