// Turns an in-page probe (a self-contained function of the page's window and an optional
// JSON config: bench/probes/load.mjs, interaction.mjs) into the source of an init script
// for Playwright's addInitScript, which runs it in every new document before the page's own
// scripts. The probe's own text is used (Function.prototype.toString), so it can refer to
// nothing outside itself; bench/probes/*.test.mjs evaluate each script in an empty realm.

/**
 * @param {(win: any, cfg?: any) => void} probe
 * @param {unknown} [cfg] JSON-serialisable
 * @returns {string}
 */
export function initScript(probe, cfg) {
  const src = probe.toString();
  if (!/^function\s/.test(src)) throw new Error(`initScript: ${probe.name || 'the probe'} must be a plain function declaration`);
  const script = `(${src})(window${cfg === undefined ? '' : `, ${JSON.stringify(cfg)}`});`;
  // Fail here, not silently in the page.
  try { new Function(script); } catch (e) { throw new Error(`initScript: ${probe.name} does not parse: ${/** @type {Error} */ (e).message}`); }
  return script;
}
