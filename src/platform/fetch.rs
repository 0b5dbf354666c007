//! Fetching a text file the page names (the built-in content), as a future, and the learner's
//! language's table, which the page's own script fetches. Every failure
//! (offline, blocked, a 4xx/5xx answer, a body that cannot be read) is a [`FetchError`],
//! never a panic.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// No answer: offline, blocked, or refused by CORS.
    Network,
    /// The server answered with this HTTP status.
    Status(u16),
}

/// The text of the file at `url` (relative to the page).
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| FetchError::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let text = response.text().map_err(|_| FetchError::Network)?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(FetchError::Network)
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `js/page.js`'s `twofoldLang(code)`: a promise of the language's published table
    /// (`null` when it has none or it cannot be fetched), once the page's manifest names the
    /// language's files. A page without that script (the browser tests) throws.
    #[wasm_bindgen(catch, js_name = twofoldLang)]
    fn twofold_lang(code: &str) -> Result<js_sys::Promise, wasm_bindgen::JsValue>;
}

/// The language's table as the build publishes it (`content/<code>/i18n.<hash>.txt`),
/// fetched by the page's own script, which also points the page's manifest at the
/// language's files; `None` when it cannot be had.
pub async fn language_table(code: &str) -> Option<String> {
    let promise = twofold_lang(code).ok()?;
    JsFuture::from(promise).await.ok()?.as_string()
}
