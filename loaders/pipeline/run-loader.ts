/**
 * The shell of every Framework data loader: produce the output, write it to stdout, and on failure
 * print one readable line to stderr and exit non-zero, so Framework never keeps a partial file.
 */
export async function runLoader(produce: () => Promise<Uint8Array | string>): Promise<void> {
  try {
    const output = await produce();
    await new Promise<void>((resolve, reject) => process.stdout.write(output, (error) => (error ? reject(error) : resolve())));
  } catch (error) {
    process.stderr.write(`lika: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.LIKA_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  }
}
