// Determinism and isolation for every test file: Stockholm time, and no network but this machine.
process.env.TZ = "Europe/Stockholm";

const realFetch = globalThis.fetch;
globalThis.fetch = ((input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
  const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
  if (url.hostname !== "127.0.0.1" && url.hostname !== "localhost") {
    return Promise.reject(new Error(`tests may not reach the network: ${url.origin}`));
  }
  return realFetch(input, init);
}) as typeof fetch;
