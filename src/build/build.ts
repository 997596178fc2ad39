// The build of the published CLI (`npm run build`, also run by `prepare`, so `npm ci` and `npm pack` leave a
// working dist/). It lives in src/ rather than at the top level so that `tsc` type-checks it like the rest
// and it can reuse the core to prepare data; nothing imports it, so it never lands in the bundle.
//
// 1. esbuild bundles src/cli.ts (and each worker thread's entry, a file named *-worker.ts) into dist/ as ESM
//    for Node 20, with code splitting: every command is a chunk loaded by the dynamic import in cli.ts, so
//    ink and react sit only in the wizard's chunks; the English model is imported only by the question reader's.
//    All chunks sit flat in dist/: modules find ../rules, ./batch-worker.js and the prepared files
//    relative to themselves.
// 2. It prepares, once, what every start would otherwise redo (src/core/prepared.ts): the built-in rules
//    validated and cross-checked, and the cue phrases compiled by the English reader.
import { chmodSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, posix, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { build as esbuild, type Metafile, type Plugin } from "esbuild";
import { Evaluator } from "../core/evaluate.js";
import { readCheckInput } from "../core/inputs.js";
import { builtInRulesDir, loadKnowledge } from "../core/load-knowledge.js";
import { encodeKnowledge, PREPARED_KNOWLEDGE, PREPARED_PHRASES, preparedKnowledge } from "../core/prepared.js";
import { answerQuestion } from "../core/question/answer-question.js";
import { compiledPhrases, encodePhrases } from "../core/question/phrase.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DEFAULT_OUTDIR = join(ROOT, "dist");
/** The command line's entry; the published `bin`. */
export const CLI_ENTRY = "cli.js";

export interface BuildOptions {
  /** Emptied, then filled. */
  readonly outdir: string;
  /** Exam questions whose answering compiles the cue phrases to ship; one per folder is plenty. */
  readonly sampleQuestionsDir?: string;
}

/** An import of a built file: another output (relative to outdir) or an external package by name. */
export interface BuiltImport {
  readonly path: string;
  readonly dynamic: boolean;
  readonly external: boolean;
}

export interface BuildReport {
  readonly outdir: string;
  /** Output file (relative to outdir) → the files bundled into it (relative to the project) and the outputs it imports. */
  readonly outputs: ReadonlyMap<string, { readonly inputs: readonly string[]; readonly imports: readonly BuiltImport[] }>;
  /** What was prepared, or why not. */
  readonly prepared: { readonly knowledge: boolean; readonly phrases: number; readonly notes: readonly string[] };
}

export async function buildCli(options: BuildOptions): Promise<BuildReport> {
  const outdir = options.outdir;
  rmSync(outdir, { recursive: true, force: true });
  const entryPoints = { cli: join(ROOT, "src", "cli.ts"), ...workerEntries(join(ROOT, "src")) };
  const result = await esbuild({
    entryPoints,
    outdir,
    absWorkingDir: ROOT,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    metafile: true,
    logLevel: "warning",
    // React and its peers pick their production build from this; the dead development code is dropped.
    define: { "process.env.NODE_ENV": '"production"' },
    // ask.ts also sets NODE_ENV at run time for `tsx` runs; in the bundle the define has already decided.
    logOverride: { "assign-to-define": "silent" },
    external: [
      // Ink imports the React devtools only when DEV=true, and says how to install them when they are missing.
      "react-devtools-core",
      // wink-nlp stays a package required at run time (a dependency, installed with ours); only the
      // question reader imports it. The English model's code is bundled (see englishModelReadOnce) and
      // its data files stay in the package.
      "wink-nlp",
    ],
    // Bundled CommonJS packages call require() for Node's own modules; ESM has no require of its own.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    plugins: [zodEnglishOnly, englishModelReadOnce],
  });
  chmodSync(join(outdir, CLI_ENTRY), 0o755);
  const prepared = await prepare(outdir, options.sampleQuestionsDir ?? join(ROOT, "scenarios", "exam"));
  return { outdir, outputs: outputsOf(result.metafile, outdir), prepared };
}

/**
 * zod's namespace re-exports its error messages in some forty languages, which esbuild cannot shake out
 * of `z`: over a third of the chunk every command loads. The tool sets no locale, so zod keeps its
 * English default (en.js, imported on its own by zod) and the other languages are left out.
 */
const zodEnglishOnly: Plugin = {
  name: "zod-english-only",
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({ contents: 'export { default as en } from "./en.js";', loader: "js" }));
  },
};

/**
 * The English model's code, bundled with two changes that take ~40 ms off every question:
 * - its reader deep-copies the 3 MB model (JSON.parse(JSON.stringify(…))) so that several readers in one
 *   process do not share it; the CLI makes one reader per process (a second one now fails loudly);
 * - the lemmatizer's 220 KB of word lists load on first use: the tool uses stems, not lemmas.
 * The model's .json data stays in the package: Node's require parses .json with JSON.parse, faster than
 * a bundled object literal. A model release that changes these lines fails the build rather than
 * silently losing the patch.
 */
const englishModelReadOnce: Plugin = {
  name: "english-model-read-once",
  setup(build) {
    const modelDir = /[\\/]wink-eng-lite-web-model[\\/]dist[\\/]/;
    build.onResolve({ filter: /\.json$/ }, (args) =>
      modelDir.test(args.importer) ? { path: posix.join("wink-eng-lite-web-model/dist", args.path), external: true } : undefined,
    );
    const patch = (file: string, from: string, to: string) => {
      const source = readFileSync(file, "utf8");
      if (!source.includes(from)) throw new Error(`build: ${file} has changed; update the englishModelReadOnce patch (looked for ${from})`);
      return { contents: source.replace(from, to), loader: "js" as const };
    };
    build.onLoad({ filter: /wink-eng-lite-web-model[\\/]dist[\\/]read-core-model\.js$/ }, (args) =>
      patch(
        args.path,
        "const model=JSON.parse(JSON.stringify(originalModel));",
        'if(readModel.done)throw Error("the English model is read once per process in this build");readModel.done=!0;const model=originalModel;',
      ),
    );
    build.onLoad({ filter: /wink-eng-lite-web-model[\\/]dist[\\/]model\.js$/ }, (args) =>
      patch(args.path, 'lemmatize=require("./lemmatize.js")', 'lemmatize=function(){return require("./lemmatize.js").apply(this,arguments)}'),
    );
  },
};

/** Worker threads need their entry file as a bundle of its own, next to cli.js. */
function workerEntries(sourceDir: string): Record<string, string> {
  const files = (readdirSync(sourceDir, { recursive: true }) as string[]).filter((file) => file.endsWith("-worker.ts"));
  return Object.fromEntries(files.map((file) => [basename(file, ".ts"), join(sourceDir, file)]));
}

async function prepare(outdir: string, sampleQuestionsDir: string): Promise<BuildReport["prepared"]> {
  const notes: string[] = [];
  const rulesDir = builtInRulesDir();
  const { knowledge, problems } = loadKnowledge([rulesDir]);
  let knowledgeWritten = false;
  if (problems.length > 0) {
    // The CLI then reads rules/ at every start and reports the problems, as it does from the sources.
    notes.push(`rules/ has ${problems.length} problem(s) (run \`aws-scenario lint\`): the rules are read at start-up instead of prepared`);
  } else {
    const encoded = encodeKnowledge(knowledge, rulesDir);
    // What the CLI will read back must be exactly what the loader produced.
    if (!isDeepStrictEqual(preparedKnowledge([rulesDir], JSON.parse(JSON.stringify(encoded))), knowledge))
      throw new Error("the prepared knowledge does not read back equal to the loaded knowledge (a Map or undefined inside an entry?)");
    writeFileSync(join(outdir, PREPARED_KNOWLEDGE), JSON.stringify(encoded));
    knowledgeWritten = true;
  }
  // Answering questions compiles the cue phrases they need; a sample compiles them all. A phrase the sample
  // missed is compiled on first use, as from the sources.
  const evaluator = new Evaluator(knowledge);
  for (const file of sampleQuestions(sampleQuestionsDir)) {
    const input = readCheckInput(file, readFileSync(file, "utf8"), knowledge);
    if (input.ok && input.kind === "question") await answerQuestion(input.question, knowledge, evaluator);
  }
  const phrases = encodePhrases(compiledPhrases());
  if (phrases.length === 0) notes.push(`no exam questions under ${relative(ROOT, sampleQuestionsDir)}: cue phrases are compiled at start-up`);
  writeFileSync(join(outdir, PREPARED_PHRASES), JSON.stringify(phrases));
  return { knowledge: knowledgeWritten, phrases: phrases.length, notes };
}

/** The first question file (by name) of each folder under `dir`. */
function sampleQuestions(dir: string): string[] {
  let entries: string[];
  try {
    entries = (readdirSync(dir, { recursive: true }) as string[]).sort();
  } catch {
    return [];
  }
  const firstByFolder = new Map<string, string>();
  for (const entry of entries) {
    const path = join(dir, entry);
    if (statSync(path).isFile() && !firstByFolder.has(dirname(entry))) firstByFolder.set(dirname(entry), path);
  }
  return [...firstByFolder.values()];
}

function outputsOf(metafile: Metafile, outdir: string): BuildReport["outputs"] {
  const outputs = new Map<string, { inputs: string[]; imports: BuiltImport[] }>();
  const base = relative(ROOT, outdir);
  for (const [path, output] of Object.entries(metafile.outputs)) {
    outputs.set(relative(base, path), {
      inputs: Object.keys(output.inputs),
      imports: output.imports.map((i) => ({
        path: i.external ? i.path : relative(base, i.path),
        dynamic: i.kind === "dynamic-import",
        external: Boolean(i.external),
      })),
    });
  }
  return outputs;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const started = performance.now();
  const report = await buildCli({ outdir: DEFAULT_OUTDIR });
  for (const note of report.prepared.notes) process.stderr.write(`build: ${note}\n`);
  process.stdout.write(
    `built ${relative(process.cwd(), report.outdir) || "."}/${CLI_ENTRY} and ${report.outputs.size - 1} other files` +
      ` (prepared: ${report.prepared.knowledge ? "rules" : "no rules"}, ${report.prepared.phrases} cue phrases)` +
      ` in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
