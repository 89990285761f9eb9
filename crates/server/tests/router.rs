//! The router in-process (`tower::ServiceExt::oneshot`), with golden JSON for what clients
//! read: Rasa's exact `/parse` request, Arabic and Bengali messages, a time zone across a
//! DST change, khabar's `/v1` API, and the limits (413, 422, 429, 503). The drain on
//! shutdown is tested over a real loopback socket. Every test has a deadline of its own.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use khabar::Engine;
use khabar_server::{CompatLang, Settings, Shared, router};
use serde_json::Value;
use tower::ServiceExt;

/// Fails a test that has not finished in a minute instead of hanging the run.
async fn deadline<T>(work: impl Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(60), work)
        .await
        .expect("the test finished within its deadline")
}

fn quiet() -> Settings {
    Settings {
        access_log: false,
        ..Settings::default()
    }
}

fn shared(settings: Settings) -> Arc<Shared> {
    let engine = Engine::builder()
        .build()
        .expect("the default engine builds");
    Shared::new(engine, settings)
}

struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).expect("a JSON body")
    }
}

async fn call(app: &Router, request: Request<Body>) -> Answer {
    let response = app
        .clone()
        .oneshot(request)
        .await
        .expect("the router answers");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .expect("a body");
    Answer {
        status,
        headers,
        body: String::from_utf8(bytes.to_vec()).expect("UTF-8"),
    }
}

/// A form-encoded `POST /parse`, as Rasa's `requests.post(url, data=payload)` sends it.
fn form(pairs: &[(&str, &str)]) -> Request<Body> {
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    Request::post("/parse")
        .header(
            header::CONTENT_TYPE,
            "application/x-www-form-urlencoded; charset=UTF-8",
        )
        .body(Body::from(body))
        .expect("a request")
}

fn json_post(path: &str, body: Value) -> Request<Body> {
    Request::post(path)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .expect("a request")
}

/// 2013-10-12 00:03:02 UTC, the reftime of Rasa's own test (Message.time × 1000); still
/// the 11th in Los Angeles.
const RASA_REFTIME: &str = "1381536182000";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rasa_s_exact_request_gets_duckling_s_shapes() {
    deadline(async {
        let app = router(shared(quiet()));
        let text = "Let us meet tomorrow, between March and May 2014. The ticket is $42 and the hotel more than €500. It is my 5th visit.";
        let answer = call(
            &app,
            form(&[("text", text), ("dims", "null"), ("reftime", RASA_REFTIME)]),
        )
        .await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
        assert_eq!(
            answer.headers[header::CONTENT_TYPE],
            "application/json",
            "Rasa reads the body as JSON"
        );
        insta::assert_json_snapshot!("rasa_default_dims", answer.json());
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_query_string_works_as_the_form_does_and_dims_narrow_the_answer() {
    deadline(async {
        let app = router(shared(quiet()));
        let query = form_urlencoded::Serializer::new(String::new())
            .extend_pairs([
                ("text", "tomorrow I pay $42 to the 5th guest"),
                ("reftime", RASA_REFTIME),
                ("tz", "UTC"),
                ("dims", r#""[\"time\",\"ordinal\"]""#),
            ])
            .finish();
        let request = Request::post(format!("/parse?{query}"))
            .body(Body::empty())
            .expect("a request");
        let answer = call(&app, request).await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
        let json = answer.json();
        let dims: Vec<&str> = json
            .as_array()
            .expect("an array")
            .iter()
            .map(|e| e["dim"].as_str().unwrap_or_default())
            .collect();
        assert_eq!(dims, ["time", "ordinal"], "{}", answer.body);
        // Rasa's own expected value for `tomorrow` in UTC.
        assert_eq!(
            answer.json()[0]["value"]["value"],
            "2013-10-13T00:00:00.000+00:00"
        );
    })
    .await;
}

/// A range of money is Duckling's closed interval of amounts, with the unit on both ends.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_range_of_money_is_an_interval() {
    deadline(async {
        let app = router(shared(quiet()));
        let text = "It will cost between $3 and $5 million.";
        let answer = call(
            &app,
            form(&[
                ("text", text),
                ("reftime", RASA_REFTIME),
                ("dims", r#"["amount-of-money"]"#),
            ]),
        )
        .await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
        let json = answer.json();
        assert_eq!(json[0]["body"], "$3 and $5 million", "{}", answer.body);
        assert_eq!(
            json[0]["value"],
            serde_json::json!({
                "type": "interval",
                "from": {"value": 3_000_000, "unit": "USD"},
                "to": {"value": 5_000_000, "unit": "USD"},
            }),
            "{}",
            answer.body
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn arabic_with_hijri_dates_billions_and_places() {
    deadline(async {
        let app = router(shared(quiet()));
        let text = "أعلنت الأمم المتحدة في العراق يوم 15 رمضان 1442 هـ عن تقديم 2 مليار دولار للقاهرة وبغداد بعد غد";
        let answer = call(
            &app,
            form(&[
                ("text", text),
                ("locale", "ar_AR"),
                ("tz", "Asia/Baghdad"),
                ("reftime", "1624874400000"),
                (
                    "dims",
                    r#"["time","number","amount-of-money","location","organization"]"#,
                ),
            ]),
        )
        .await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
        insta::assert_json_snapshot!("arabic", answer.json());
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bengali_with_hijri_dates_lakhs_and_places() {
    deadline(async {
        let app = router(shared(quiet()));
        let text = "১৫ রমজান ১৪৪২ তারিখে ঢাকায় ৫০ লাখ টাকা দেওয়া হয়, আগামীকাল সিলেটে ২৫ লাখ মানুষ";
        let answer = call(
            &app,
            form(&[
                ("text", text),
                ("locale", "bn_BN"),
                ("tz", "Asia/Dhaka"),
                ("reftime", "1624874400000"),
                ("dims", r#"["time","number","amount-of-money","location"]"#),
            ]),
        )
        .await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
        insta::assert_json_snapshot!("bengali", answer.json());
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_york_offsets_follow_the_dst_change() {
    deadline(async {
        let app = router(shared(quiet()));
        // 2014-03-09 06:30 UTC: 01:30 in New York, half an hour before clocks go forward.
        let answer = call(
            &app,
            form(&[
                ("text", "today, tomorrow, and between March and May 2014"),
                ("locale", "en_US"),
                ("tz", "America/New_York"),
                ("reftime", "1394346600000"),
                ("dims", r#"["time"]"#),
            ]),
        )
        .await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
        insta::assert_json_snapshot!("new_york_dst", answer.json());
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn compat_lang_auto_reads_each_message_in_its_own_language() {
    deadline(async {
        let settings = Settings {
            compat_lang: CompatLang::Auto,
            ..quiet()
        };
        let app = router(shared(settings));
        // The bot sends one fixed locale; the message is Arabic.
        let answer = call(
            &app,
            form(&[
                ("text", "قُتل 43 ألف شخص منذ عام 2014"),
                ("locale", "en_US"),
                ("reftime", RASA_REFTIME),
            ]),
        )
        .await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
        let values: Vec<Value> = answer
            .json()
            .as_array()
            .expect("an array")
            .iter()
            .map(|e| e["value"]["value"].clone())
            .collect();
        assert_eq!(
            values,
            [
                Value::from(43000),
                Value::from("2014-01-01T00:00:00.000-08:00")
            ],
            "{}",
            answer.body
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_parse_requests_are_422_with_duckling_s_message() {
    deadline(async {
        let app = router(shared(quiet()));
        let answer = call(&app, form(&[("locale", "en_US")])).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
        insta::assert_json_snapshot!("missing_text", answer.json());

        let answer = call(&app, form(&[("text", "today"), ("tz", "Mars/Olympus")])).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(answer.json()["error_type"], "validation");

        let answer = call(&app, form(&[("text", "today"), ("reftime", "yesterday")])).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            answer.json()["error"],
            "Please use milliseconds since epoch for reftime"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn duckling_s_other_routes() {
    deadline(async {
        let app = router(shared(quiet()));
        let answer = call(&app, Request::get("/").body(Body::empty()).expect("req")).await;
        assert_eq!(
            (answer.status, answer.body.as_str()),
            (StatusCode::OK, "quack!")
        );
        let answer = call(
            &app,
            Request::get("/targets").body(Body::empty()).expect("req"),
        )
        .await;
        insta::assert_json_snapshot!("targets", answer.json());
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn v1_extract_gives_spec_records_in_json_and_ndjson() {
    deadline(async {
        let app = router(shared(quiet()));
        let body = serde_json::json!({
            "documents": [
                {"id": "a", "lang": "en", "reference_date": "2021-06-29",
                 "text": "Iraq got $20 billion from the World Bank last week."},
                {"id": 2, "lang": "xx-bad", "text": "no"},
                {"id": "b", "text": "قُتل 43 ألف شخص منذ عام 2014 في العراق"},
            ],
            "extractors": ["*.numbers", "*.locations"],
        });
        let answer = call(&app, json_post("/v1/extract", body)).await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
        insta::assert_json_snapshot!("v1_extract", answer.json());

        let lines = "{\"id\":1,\"lang\":\"en\",\"text\":\"95% of 3 million\"}\nnot json\n";
        let request = Request::post("/v1/extract?extractors=en.numbers")
            .header(header::CONTENT_TYPE, "application/x-ndjson")
            .body(Body::from(lines))
            .expect("req");
        let answer = call(&app, request).await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
        assert_eq!(answer.headers[header::CONTENT_TYPE], "application/x-ndjson");
        insta::assert_snapshot!("v1_extract_ndjson", answer.body);

        let body = serde_json::json!({"documents": [], "extractors": ["zz.*"]});
        let answer = call(&app, json_post("/v1/extract", body)).await;
        assert_eq!(
            answer.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            answer.body
        );
        let answer = call(
            &app,
            json_post("/v1/extract", serde_json::json!({"docs": []})),
        )
        .await;
        assert_eq!(
            answer.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            answer.body
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn probes_extractors_and_metrics() {
    deadline(async {
        let state = shared(quiet());
        let app = router(state.clone());
        let get = |path: &str| Request::get(path).body(Body::empty()).expect("req");
        assert_eq!(call(&app, get("/healthz")).await.status, StatusCode::OK);
        assert_eq!(
            call(&app, get("/readyz")).await.status,
            StatusCode::SERVICE_UNAVAILABLE
        );
        state.warm_up();
        assert_eq!(call(&app, get("/readyz")).await.status, StatusCode::OK);

        let list = call(&app, get("/v1/extractors")).await.json();
        let ids: Vec<&str> = list["extractors"]
            .as_array()
            .expect("a list")
            .iter()
            .filter_map(|e| e["id"].as_str())
            .collect();
        assert!(
            ids.contains(&"ar.dates") && ids.contains(&"bn.numbers"),
            "{list}"
        );

        call(
            &app,
            form(&[("text", "$42 tomorrow"), ("reftime", RASA_REFTIME)]),
        )
        .await;
        call(&app, form(&[("locale", "en_US")])).await;
        let metrics = call(&app, get("/metrics")).await.body;
        for line in [
            "khabar_requests_total{route=\"/parse\",status=\"200\"} 1",
            "khabar_requests_total{route=\"/parse\",status=\"422\"} 1",
            "khabar_documents_total{lang=\"en\"} 1",
            "khabar_entities_total{lang=\"en\",kind=\"date\"} 1",
            "khabar_entities_total{lang=\"en\",kind=\"number\"} 1",
            "khabar_request_duration_seconds_count{route=\"/parse\"} 2",
            "khabar_inflight 1",
        ] {
            assert!(
                metrics.lines().any(|l| l == line),
                "no `{line}` in\n{metrics}"
            );
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bodies_and_batches_over_the_limits_are_413() {
    deadline(async {
        let settings = Settings {
            max_body_bytes: 1000,
            max_batch_docs: 2,
            ..quiet()
        };
        let app = router(shared(settings));
        let long = "x".repeat(2000);
        let answer = call(&app, form(&[("text", &long)])).await;
        assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
        insta::assert_json_snapshot!("body_too_large", answer.json());

        // A declared length over the limit is refused before the body is read.
        let request = Request::post("/parse")
            .header(header::CONTENT_LENGTH, "5000")
            .body(Body::from(format!("text={}", "y".repeat(4995))))
            .expect("req");
        assert_eq!(
            call(&app, request).await.status,
            StatusCode::PAYLOAD_TOO_LARGE
        );

        let docs: Vec<Value> = (0..3)
            .map(|i| serde_json::json!({"text": format!("{i}")}))
            .collect();
        let answer = call(
            &app,
            json_post("/v1/extract", serde_json::json!({"documents": docs})),
        )
        .await;
        assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
        assert_eq!(
            answer.json()["error"],
            "3 documents in one request; at most 2 are allowed"
        );
    })
    .await;
}

/// A document that keeps the engine busy for a while (tens of milliseconds or more).
fn slow_document() -> Value {
    let text =
        "On 5 March 2014 the United Nations gave $42 million to Iraq and Syria. ".repeat(15_000);
    serde_json::json!({"documents": [{"lang": "en", "reference_date": "2021-06-29", "text": text}]})
}

async fn until_busy(state: &Shared) {
    while state.busy() == 0 {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn beyond_max_inflight_is_429_with_retry_after() {
    deadline(async {
        let settings = Settings {
            max_inflight: 1,
            ..quiet()
        };
        let state = shared(settings);
        let app = router(state.clone());
        let slow = tokio::spawn({
            let app = app.clone();
            async move { call(&app, json_post("/v1/extract", slow_document())).await }
        });
        until_busy(&state).await;
        let answer = call(&app, form(&[("text", "tomorrow")])).await;
        assert_eq!(answer.status, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(answer.headers[header::RETRY_AFTER], "1");
        insta::assert_json_snapshot!("overloaded", answer.json());
        let first = slow.await.expect("the slow request");
        assert_eq!(first.status, StatusCode::OK);
        // The permit is back: the next request is served.
        let answer = call(&app, form(&[("text", "tomorrow")])).await;
        assert_eq!(answer.status, StatusCode::OK);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_extraction_past_the_timeout_is_503() {
    deadline(async {
        let settings = Settings {
            request_timeout: Duration::from_millis(1),
            ..quiet()
        };
        let app = router(shared(settings));
        let answer = call(&app, json_post("/v1/extract", slow_document())).await;
        assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(answer.json()["error_type"], "timeout");
    })
    .await;
}

/// One HTTP/1.1 request over a fresh loopback connection; the whole answer as text.
async fn raw_request(
    address: std::net::SocketAddr,
    path: &str,
    body: &str,
) -> std::io::Result<String> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(address).await?;
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body.as_bytes()).await?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await?;
    Ok(answer)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_stops_accepting_and_drains_requests_in_flight() {
    deadline(async {
        let state = shared(quiet());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a loopback port");
        let address = listener.local_addr().expect("an address");
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(khabar_server::run(listener, state.clone(), async move {
            let _ = stopped.await;
        }));
        let slow = tokio::spawn(async move {
            raw_request(address, "/v1/extract", &slow_document().to_string()).await
        });
        until_busy(&state).await;
        stop.send(()).expect("the server listens for the stop");

        // New connections are refused once the server stops accepting.
        let mut refused = false;
        for _ in 0..500 {
            if tokio::net::TcpStream::connect(address).await.is_err() {
                refused = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        assert!(refused, "the listener still accepts after shutdown");

        let answer = slow.await.expect("the client task").expect("an answer");
        assert!(answer.starts_with("HTTP/1.1 200 OK\r\n"), "{answer:.200}");
        assert!(answer.contains("\"results\":[{"), "{answer:.400}");
        server
            .await
            .expect("the server task")
            .expect("the server stopped cleanly");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ndjson_streams_past_the_body_and_batch_limits_a_line_at_a_time() {
    deadline(async {
        let settings = Settings {
            max_body_bytes: 200,
            max_batch_docs: 2,
            ..quiet()
        };
        let app = router(shared(settings));
        let mut body = String::new();
        for id in 0..5 {
            let text = if id == 2 {
                "x".repeat(300)
            } else {
                format!("{id} apples")
            };
            body.push_str(&serde_json::json!({"id": id, "lang": "en", "text": text}).to_string());
            body.push('\n');
        }
        assert!(body.len() > 400);
        let request = Request::post("/v1/extract")
            .header(header::CONTENT_TYPE, "application/x-ndjson")
            .body(Body::from(body))
            .expect("req");
        let answer = call(&app, request).await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
        let records: Vec<Value> = answer
            .body
            .lines()
            .map(|l| serde_json::from_str(l).expect("a JSON line"))
            .collect();
        let ids: Vec<Value> = records.iter().map(|r| r["id"].clone()).collect();
        assert_eq!(
            ids,
            [0.into(), 1.into(), Value::Null, 3.into(), 4.into()],
            "{}",
            answer.body
        );
        assert_eq!(records[2]["error"], "line 3: longer than 200 bytes");
        assert_eq!(records[4]["entities"][0]["value"], 4);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_gives_up_on_requests_still_running_after_the_grace_period() {
    deadline(async {
        let settings = Settings {
            shutdown_grace: Duration::from_millis(10),
            ..quiet()
        };
        let state = shared(settings);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a loopback port");
        let address = listener.local_addr().expect("an address");
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(khabar_server::run(listener, state.clone(), async move {
            let _ = stopped.await;
        }));
        let slow = tokio::spawn(async move {
            raw_request(address, "/v1/extract", &slow_document().to_string()).await
        });
        until_busy(&state).await;
        let asked = std::time::Instant::now();
        stop.send(()).expect("the server listens for the stop");
        server
            .await
            .expect("the server task")
            .expect("the server stopped cleanly");
        // It returned after the grace period, not after the extraction.
        assert!(asked.elapsed() >= Duration::from_millis(10));
        assert_eq!(state.busy(), 1, "the extraction was still running");
        slow.abort();
    })
    .await;
}
