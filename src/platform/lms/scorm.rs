//! The SCORM runtime an LMS puts on an ancestor window: `API_1484_11` (SCORM 2004) or `API`
//! (SCORM 1.2), found by the standard walk of `window.parent`, then the `window.opener`
//! chain, each step guarded (a cross-origin ancestor throws). Calls go to the window it was
//! found on each time, so an API that vanishes mid-session is noticed (and one that comes
//! back is used again). Every call that throws, answers `"false"`, or finds no API is a
//! [`ScormFault`], never a panic.

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

pub use crate::report::ScormVersion;

/// The API object's name on its window.
fn object_name(version: ScormVersion) -> &'static str {
    match version {
        ScormVersion::V12 => "API",
        ScormVersion::V2004 => "API_1484_11",
    }
}

/// Each call's method name in each version.
fn method(version: ScormVersion, call: Call) -> &'static str {
    use Call::*;
    match (version, call) {
        (ScormVersion::V12, Initialize) => "LMSInitialize",
        (ScormVersion::V12, Terminate) => "LMSFinish",
        (ScormVersion::V12, GetValue) => "LMSGetValue",
        (ScormVersion::V12, SetValue) => "LMSSetValue",
        (ScormVersion::V12, Commit) => "LMSCommit",
        (ScormVersion::V12, LastError) => "LMSGetLastError",
        (ScormVersion::V2004, Initialize) => "Initialize",
        (ScormVersion::V2004, Terminate) => "Terminate",
        (ScormVersion::V2004, GetValue) => "GetValue",
        (ScormVersion::V2004, SetValue) => "SetValue",
        (ScormVersion::V2004, Commit) => "Commit",
        (ScormVersion::V2004, LastError) => "GetLastError",
    }
}

#[derive(Clone, Copy)]
enum Call {
    Initialize,
    Terminate,
    GetValue,
    SetValue,
    Commit,
    LastError,
}

/// Why a SCORM call did not succeed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScormFault {
    /// The API object is no longer on the window it was found on.
    Gone,
    /// The call threw.
    Threw,
    /// The call answered `"false"` (or, for a read, reported an error): the LMS's error code.
    Refused(String),
}

/// The LMS's SCORM API, as found.
#[derive(Clone)]
pub struct ScormApi {
    version: ScormVersion,
    /// The window the API object was found on (kept as a plain object: it may be another
    /// frame's window).
    holder: Object,
}

impl ScormApi {
    /// Finds the API by the standard walk: `version` only if given, else SCORM 2004 first,
    /// then 1.2.
    pub fn find(version: Option<ScormVersion>) -> Option<ScormApi> {
        let order: &[ScormVersion] = match version {
            Some(ScormVersion::V12) => &[ScormVersion::V12],
            Some(ScormVersion::V2004) => &[ScormVersion::V2004],
            None => &[ScormVersion::V2004, ScormVersion::V12],
        };
        let window: JsValue = web_sys::window()?.into();
        order.iter().find_map(|&v| {
            find_holder(&window, object_name(v)).map(|holder| ScormApi { version: v, holder })
        })
    }

    pub fn version(&self) -> ScormVersion {
        self.version
    }

    pub fn initialize(&self) -> Result<(), ScormFault> {
        self.write(Call::Initialize, "", None)
    }

    pub fn terminate(&self) -> Result<(), ScormFault> {
        self.write(Call::Terminate, "", None)
    }

    pub fn commit(&self) -> Result<(), ScormFault> {
        self.write(Call::Commit, "", None)
    }

    pub fn set(&self, element: &str, value: &str) -> Result<(), ScormFault> {
        self.write(Call::SetValue, element, Some(value))
    }

    /// The value of a data-model element; `None` when the LMS has none or reports an error
    /// (an unset element reads as `""` with an error code in most runtimes).
    pub fn get(&self, element: &str) -> Option<String> {
        let value = self.invoke(Call::GetValue, Some(element), None).ok()?;
        match self.last_error().as_deref() {
            None | Some("0") | Some("") => Some(value),
            Some(_) => None,
        }
    }

    fn last_error(&self) -> Option<String> {
        self.invoke(Call::LastError, None, None).ok()
    }

    /// A call whose `"false"` answer is a refusal (with the LMS's error code).
    #[inline(never)]
    fn write(&self, call: Call, a: &str, b: Option<&str>) -> Result<(), ScormFault> {
        if self.invoke(call, Some(a), b)? != "true" {
            return Err(ScormFault::Refused(self.last_error().unwrap_or_default()));
        }
        Ok(())
    }

    /// The call with its arguments (`None`: not passed; every call goes through one
    /// binding, as JavaScript ignores the arguments a method does not take).
    fn invoke(&self, call: Call, a: Option<&str>, b: Option<&str>) -> Result<String, ScormFault> {
        let api = Reflect::get(&self.holder, &JsValue::from_str(object_name(self.version)))
            .map_err(|_| ScormFault::Gone)?;
        if api.is_undefined() || api.is_null() {
            return Err(ScormFault::Gone);
        }
        let function: Function = Reflect::get(&api, &JsValue::from_str(method(self.version, call)))
            .ok()
            .filter(JsValue::is_function)
            .map(JsCast::unchecked_into)
            .ok_or(ScormFault::Gone)?;
        let arg = |text: Option<&str>| text.map_or(JsValue::UNDEFINED, JsValue::from_str);
        let answer = function
            .call2(&api, &arg(a), &arg(b))
            .map_err(|_| ScormFault::Threw)?;
        // Runtimes answer strings ("true", "0", values); some answer booleans or numbers,
        // which JavaScript turns into their text (no float formatting in the wasm).
        Ok(answer
            .as_string()
            .or_else(|| {
                answer
                    .as_bool()
                    .map(|b| if b { "true" } else { "false" }.to_string())
            })
            .unwrap_or_else(|| String::from(js_sys::JsString::from(answer))))
    }
}

/// The first window, up the parent chain from `start` and then up the opener's, that has
/// `name`; at most 500 steps each way, as the standard walk does.
fn find_holder(start: &JsValue, name: &str) -> Option<Object> {
    up_parents(start, name).or_else(|| {
        let opener = get(start, "opener")?;
        up_parents(&opener, name)
    })
}

fn up_parents(start: &JsValue, name: &str) -> Option<Object> {
    let mut window = start.clone();
    for _ in 0..500 {
        if let Some(api) = get(&window, name) {
            if api.is_object() {
                // Not `dyn_into`: another frame's window is no `instanceof Object` of this one.
                return Some(window.unchecked_into());
            }
        }
        let parent = get(&window, "parent")?;
        if Object::is(&parent, &window) {
            return None;
        }
        window = parent;
    }
    None
}

/// A property of a possibly cross-origin window: `None` when it throws or is unset.
fn get(target: &JsValue, name: &str) -> Option<JsValue> {
    if !target.is_object() {
        return None;
    }
    match Reflect::get(target, &JsValue::from_str(name)) {
        Ok(v) if !v.is_undefined() && !v.is_null() => Some(v),
        _ => None,
    }
}
