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
    /// `js/page.js`'s `twofoldLang(lms)`: the language chosen (with the LMS's learner
    /// preference `lms`) and a promise of its published table (`null` when it has none or
    /// it cannot be fetched), once the page's manifest names the language's files. A page
    /// without that script (the browser tests) throws.
    #[wasm_bindgen(catch, js_name = twofoldLang)]
    fn twofold_lang(lms: &str) -> Result<js_sys::Promise, wasm_bindgen::JsValue>;
}

/// The chosen language's table as the build publishes it (`content/<code>/i18n.<hash>.txt`),
/// fetched by the page's own script, which chooses the language (with the LMS's learner
/// preference `lms`, `""` for none) and points the page's manifest at the language's files;
/// `None` when it cannot be had.
pub fn language_table(lms: &str) -> impl std::future::Future<Output = Option<String>> {
    let promise = twofold_lang(lms).ok();
    async move { JsFuture::from(promise?).await.ok()?.as_string() }
}
