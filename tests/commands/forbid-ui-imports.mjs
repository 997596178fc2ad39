// Loaded with `node --import`: any attempt to import ink or react fails loudly, so a test can prove a
// command never loads the UI.
import { register } from "node:module";

const hooks = `
export async function resolve(specifier, context, next) {
  if (/^(ink|react)(\\/|$)|^ink-/.test(specifier)) throw new Error("forbidden UI import: " + specifier);
  return next(specifier, context);
}`;
register("data:text/javascript," + encodeURIComponent(hooks));
