// `npm run bench [-- options]`: runs every benchmark below in turn. A benchmark is a module whose
// default export takes the command-line arguments; add new ones to the list.
const BENCHMARKS: ReadonlyArray<{ readonly name: string; readonly load: () => Promise<{ default: (args: string[]) => Promise<void> }> }> = [
  { name: "batch", load: () => import("./batch.js") },
  { name: "startup", load: () => import("./startup.js") },
];

const args = process.argv.slice(2);
const only = args.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
for (const benchmark of BENCHMARKS) {
  if (only && benchmark.name !== only) continue;
  console.log(`\n=== ${benchmark.name} ===`);
  await (await benchmark.load()).default(args.filter((arg) => !arg.startsWith("--only=")));
}
