// The bench's types, as JSDoc (no TypeScript compiler in this repository: they document the
// records and let an editor check them). A benchmark is a record (bench/benchmarks/*.mjs)
// the runner (bench/run.mjs) calls in the order of bench/benchmarks/index.mjs, as
// js-framework-benchmark's webdriver-ts keeps benchmark infos and their run functions apart
// from its runner and its statistics.

/**
 * @typedef {'load' | 'memory' | 'interaction' | 'deck'} BenchmarkType
 *
 * @typedef {Object} BenchmarkInfo
 * @property {string} id          stable, short: `--only` takes a comma-separated list of ids
 * @property {string} label       what the table calls it
 * @property {string} description what it measures and how (one or two sentences)
 * @property {BenchmarkType} type
 *
 * @typedef {BenchmarkInfo & { run: (ctx: Context) => Promise<Partial<Results>> }} Benchmark
 *   run returns the part of results.json it owns (one or more top-level keys).
 *
 * @typedef {Object} Config
 * @property {number} runs          A/B load pairs measured (after `warmup` discarded pairs)
 * @property {number} warmup
 * @property {number} placements    placements on the 15-card deck (and as many on the floor)
 * @property {number} bigLoads
 * @property {number} bigPlacements
 * @property {number} rttMs         the emulated round trip of the second load run (0: none)
 * @property {string} bigJson       bench/make-big-deck.mjs's description of the big deck
 * @property {boolean} quick        fewer samples than the floors allow: not for the record
 *
 * @typedef {Object} Urls
 * @property {string} twofold       the Twofold page loaded (--page)
 * @property {string} static        the static lower bound (bench/static/index.html)
 * @property {string} staticPlay    the static interaction floor (bench/static/play.html)
 * @property {string} big           big.html with the generated deck
 *
 * @typedef {Object} Probes         init scripts (bench/probes/inject.mjs)
 * @property {(o?: { click?: boolean, captureText?: boolean }) => string} load
 * @property {string} interaction
 *
 * @typedef {Object} Context
 * @property {import('playwright-core').Browser} browser
 * @property {Urls} urls
 * @property {Config} config
 * @property {Probes} probes
 * @property {(...a: unknown[]) => void} log
 *
 * @typedef {Object} LoadSample     one cold load (bench/lib/browser.mjs coldLoad), ms from navigation start
 * @property {number | null} shown          the frame with the Start button rendered and enabled
 * @property {number | null} inDom
 * @property {number} firstScreen           the frame that paints the first screen begins (rAF)
 * @property {number} firstScreenPainted    that frame's rendering done: the first screen painted
 * @property {number | null} operable       the click on the main control that took effect
 * @property {number | null} next           the next screen in the DOM
 * @property {number | null} nextFrame
 * @property {number | null} firstClick
 * @property {number} clicks
 * @property {number} nativeSubmits
 * @property {string | null} firstScreenText
 * @property {number | null} fcp
 * @property {number | null} load
 * @property {number} committed
 * @property {number | null} wasmInstantiated
 * @property {number | null} appStarted
 * @property {number | null} htmlReceived
 * @property {number | null} glueRequested
 * @property {number | null} glueReceived
 * @property {number | null} wasmRequested
 * @property {number | null} wasmReceived
 *
 * @typedef {Object.<string, any>} Results results.json: date, machine, config, dist, targets,
 *   load, loadEmulated, memoryStaticPage, interaction, memory, interactionFloor, bigDeck,
 *   durationSeconds, verdicts
 */

export {};
