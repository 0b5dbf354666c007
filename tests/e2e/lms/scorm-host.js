// The LMS side of the SCORM tests, in the browser: a real SCORM runtime (npm scorm-again,
// Scorm12API or Scorm2004API) on this page's window, as an LMS's player puts it, and the
// SCO from the unzipped package in an iframe, launched by its manifest href and parameters.
//
// Query: ?std=scorm12|scorm2004&launch=<url of the SCO, relative to this page>
//        &preload=<JSON of flattened cmi values the LMS already holds, e.g. suspend_data>
//        &refuse=init (Initialize answers "false", as an LMS that cannot open a session)
//
// For the test, on window:
// - `lmsLog`: every API call in order: { fn, args, answer, t, afterFinish }
// - `lmsFaults`: { setValueFalse, commitThrows } switches (the test flips them)
// - `lmsRemove()` / `lmsRestore()`: take the API away mid-session and put it back
// - `lmsCmi()`: what the LMS holds (scorm-again's flattened CMI)
(function () {
  const q = new URLSearchParams(location.search);
  const std = q.get('std');
  const v12 = std === 'scorm12';
  const settings = { autocommit: false, logLevel: 5, lmsCommitUrl: false };
  const api = v12 ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
  const preload = q.get('preload');
  if (preload) api.loadFromFlattenedJSON(JSON.parse(preload), '');
  const names = v12
    ? { init: 'LMSInitialize', finish: 'LMSFinish', set: 'LMSSetValue', get: 'LMSGetValue', commit: 'LMSCommit' }
    : { init: 'Initialize', finish: 'Terminate', set: 'SetValue', get: 'GetValue', commit: 'Commit' };

  window.lmsLog = [];
  window.lmsFaults = { setValueFalse: false, commitThrows: false };
  let finished = false;
  const wrapped = {};
  for (const fn of Object.values(names).concat(v12 ? ['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'] : ['GetLastError', 'GetErrorString', 'GetDiagnostic'])) {
    const real = api[fn].bind(api);
    wrapped[fn] = (...args) => {
      const entry = { fn, args, t: Date.now(), afterFinish: finished && fn !== names.get && !/Error|Diagnostic/.test(fn) };
      if (fn === names.init && q.get('refuse') === 'init') {
        entry.answer = 'false';
        entry.fault = true;
        window.lmsLog.push(entry);
        return 'false';
      }
      if (fn === names.set && window.lmsFaults.setValueFalse) {
        entry.answer = 'false';
        entry.fault = true;
        window.lmsLog.push(entry);
        return 'false';
      }
      if (fn === names.commit && window.lmsFaults.commitThrows) {
        entry.answer = 'threw';
        entry.fault = true;
        window.lmsLog.push(entry);
        throw new Error('the LMS is not answering');
      }
      const answer = real(...args);
      entry.answer = answer;
      window.lmsLog.push(entry);
      if (fn === names.finish && String(answer) === 'true') finished = true;
      return answer;
    };
  }
  const facade = Object.assign(Object.create(api), wrapped);
  const key = v12 ? 'API' : 'API_1484_11';
  window[key] = facade;
  window.lmsRemove = () => delete window[key];
  window.lmsRestore = () => { window[key] = facade; };
  window.lmsCmi = () => api.getFlattenedCMI();
  window.lmsStd = std;

  const frame = document.createElement('iframe');
  frame.title = 'SCO';
  frame.src = q.get('launch');
  frame.style.inlineSize = '100%';
  frame.style.blockSize = '900px';
  document.body.append(frame);
})();
