//! The cmi5 LMS's side as requests: launch parameters, the token fetch's answer, and the
//! xAPI requests (URLs encoded, the token and version on each).

use twofold_core::report::{read_token, token_request, Cmi5Params, Endpoint, LmsCall, STATE_ID};

const ACTOR: &str =
    r#"{"objectType":"Agent","account":{"homePage":"http://lms.test","name":"ada & co"}}"#;

fn query() -> String {
    let e = twofold_core::report::encode;
    format!(
        "?lms=cmi5&endpoint={}&fetch={}&actor={}&registration={}&activityId={}",
        e("http://127.0.0.1:9/lrs/"),
        e("http://127.0.0.1:9/fetch?s=1&t=2"),
        e(ACTOR),
        "b4d1a1a0-0000-4000-8000-000000000001",
        e("urn:twofold:activity:sort:myth-or-fact"),
    )
}

fn endpoint() -> Endpoint {
    Endpoint {
        params: Cmi5Params::from_query(&query()).unwrap(),
        token: "dG9rZW4=".to_string(),
    }
}

#[test]
fn a_cmi5_launch_needs_all_five_parameters() {
    let params = Cmi5Params::from_query(&query()).expect("a cmi5 launch");
    assert_eq!(params.endpoint, "http://127.0.0.1:9/lrs/");
    assert_eq!(params.fetch, "http://127.0.0.1:9/fetch?s=1&t=2");
    assert_eq!(params.actor, ACTOR);
    assert_eq!(params.activity_id, "urn:twofold:activity:sort:myth-or-fact");
    for missing in ["endpoint", "fetch", "actor", "registration", "activityId"] {
        let q: String = query()
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.starts_with(&format!("{missing}=")))
            .collect::<Vec<_>>()
            .join("&");
        assert_eq!(Cmi5Params::from_query(&q), None, "without {missing}");
    }
    assert_eq!(Cmi5Params::from_query("?deck=myth-or-fact"), None);
}

#[test]
fn the_token_is_fetched_by_post_and_an_error_answer_is_read_as_one() {
    let params = Cmi5Params::from_query(&query()).unwrap();
    let request = token_request(&params);
    assert_eq!(
        (request.method, request.url.as_str()),
        ("POST", "http://127.0.0.1:9/fetch?s=1&t=2")
    );
    assert_eq!(
        read_token(200, r#"{"auth-token":"abc="}"#),
        Ok("abc=".to_string())
    );
    // A second fetch: HTTP 200 with an error code.
    let refused = read_token(200, r#"{"error-code":"1","error-text":"already used"}"#).unwrap_err();
    assert!(
        refused.contains("error 1") && refused.contains("already used"),
        "{refused}"
    );
    assert!(read_token(500, "").unwrap_err().contains("HTTP 500"));
    assert!(read_token(200, "<html>").unwrap_err().contains("not JSON"));
    assert!(read_token(200, "{}").unwrap_err().contains("no auth-token"));
}

#[test]
fn state_documents_are_read_with_every_key_encoded() {
    let e = endpoint();
    let launch = e.launch_data();
    assert_eq!(launch.method, "GET");
    assert!(launch.url.starts_with("http://127.0.0.1:9/lrs/activities/state?stateId=LMS.LaunchData&activityId=urn%3Atwofold%3Aactivity%3Asort%3Amyth-or-fact&agent=%7B%22objectType%22"), "{}", launch.url);
    assert!(
        launch.url.contains("ada%20%26%20co"),
        "the actor's & is encoded: {}",
        launch.url
    );
    assert!(launch
        .url
        .ends_with("&registration=b4d1a1a0-0000-4000-8000-000000000001"));
    assert!(launch
        .headers
        .contains(&("Authorization", "Basic dG9rZW4=".to_string())));
    assert!(launch
        .headers
        .contains(&("X-Experience-API-Version", "1.0.3".to_string())));
    assert!(e.own_state().url.contains(&format!("stateId={STATE_ID}")));
    let prefs = e.learner_preferences();
    assert!(
        prefs
            .url
            .starts_with("http://127.0.0.1:9/lrs/agents/profile?agent=%7B"),
        "{}",
        prefs.url
    );
    assert!(prefs.url.ends_with("&profileId=cmi5LearnerPreferences"));
}

#[test]
fn the_state_document_is_put_as_text_and_scorm_calls_have_no_request() {
    let e = endpoint();
    let put = e
        .request(&LmsCall::SaveState {
            document: "game:x=g3".to_string(),
        })
        .unwrap();
    assert_eq!(put.method, "PUT");
    assert_eq!(put.body.as_deref(), Some("game:x=g3"));
    assert!(put
        .headers
        .contains(&("Content-Type", "text/plain".to_string())));
    assert_eq!(e.request(&LmsCall::Commit), None);
    assert_eq!(e.request(&LmsCall::Terminate), None);
    // An endpoint without its trailing slash still joins right.
    let mut bare = endpoint();
    bare.params.endpoint = "http://127.0.0.1:9/lrs".to_string();
    assert!(bare
        .launch_data()
        .url
        .starts_with("http://127.0.0.1:9/lrs/activities/state?"));
}
