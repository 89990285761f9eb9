//! The router and its handlers: Duckling's `/`, `/targets` and `/parse`, khabar's `/v1/…`,
//! and the probes and metrics.
//!
//! Every extraction goes through [`run_work`]: it takes one of `max_inflight` permits or
//! answers 429 at once, runs the work on tokio's blocking pool (so the reactor only parses
//! and writes), and answers 503 when the request timeout passes first. The permit travels
//! with the work, so a request that timed out still counts until its extraction ends and
//! the server never does more than `max_inflight` extractions at once.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{MatchedPath, RawQuery, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use globset::{Glob, GlobSet, GlobSetBuilder};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use jiff::tz::TimeZone;
use khabar::{Engine, Input, Kind, Lang, Record};
use serde::Deserialize;
use tokio::sync::Semaphore;

use crate::duckling;
use crate::error::ApiError;
use crate::metrics::Metrics;
use crate::settings::{CompatLang, Settings};

/// What every request shares: the engine, the settings, the counters and the permits.
#[derive(Debug)]
pub struct Shared {
    pub(crate) engine: Engine,
    pub(crate) settings: Settings,
    pub(crate) metrics: Metrics,
    pub(crate) permits: Arc<Semaphore>,
    ready: AtomicBool,
    /// The kind each registered extractor id finds.
    kinds: BTreeMap<&'static str, Kind>,
}

impl Shared {
    /// The state of a server over `engine`; not ready until [`Shared::warm_up`] has run.
    pub fn new(engine: Engine, settings: Settings) -> Arc<Shared> {
        let kinds = khabar::registrations()
            .into_iter()
            .filter_map(|r| Some((r.id, r.kind()?)))
            .collect();
        Arc::new(Shared {
            permits: Arc::new(Semaphore::new(settings.max_inflight)),
            engine,
            settings,
            metrics: Metrics::default(),
            ready: AtomicBool::new(false),
            kinds,
        })
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Extractions running now (each holds one of `max_inflight` permits).
    pub fn busy(&self) -> usize {
        self.settings
            .max_inflight
            .saturating_sub(self.permits.available_permits())
    }

    /// Runs every selected extractor once per language so that tables built on first use
    /// (the gazetteer's automata) are built before the first request; then `/readyz` says
    /// ready.
    pub fn warm_up(&self) {
        for lang in self.engine.extractor_ids().keys() {
            let input = Input::new("1 2021")
                .lang(lang.as_str())
                .reference_date("2021-01-01");
            if let Ok(prepared) = self.engine.prepare(input) {
                let _ = self.engine.extract(&prepared);
            }
        }
        self.ready.store(true, Ordering::Release);
    }

    pub fn is_ready(&self) -> bool {
        self.ready.load(Ordering::Acquire)
    }

    fn kind_of(&self, id: &str) -> Option<Kind> {
        self.kinds.get(id).copied()
    }
}

/// The whole HTTP surface over `shared`.
pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/", get(quack))
        .route("/targets", get(targets))
        .route("/parse", post(parse))
        .route("/v1/extract", post(extract))
        .route("/v1/extractors", get(extractors))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .layer(middleware::from_fn_with_state(shared.clone(), track))
        .with_state(shared)
}

/// The route's template as a static label, so that metrics cannot grow with odd paths.
fn route_label(path: Option<&MatchedPath>) -> &'static str {
    match path.map(MatchedPath::as_str) {
        Some("/") => "/",
        Some("/targets") => "/targets",
        Some("/parse") => "/parse",
        Some("/v1/extract") => "/v1/extract",
        Some("/v1/extractors") => "/v1/extractors",
        Some("/healthz") => "/healthz",
        Some("/readyz") => "/readyz",
        Some("/metrics") => "/metrics",
        _ => "other",
    }
}

/// Keeps the in-flight gauge right even when a client goes away mid-request.
struct InFlight<'a>(&'a Metrics);

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.leave();
    }
}

/// Counts, times and logs every request.
async fn track(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    let route = route_label(request.extensions().get::<MatchedPath>());
    let method = request.method().clone();
    let started = Instant::now();
    shared.metrics.enter();
    let guard = InFlight(&shared.metrics);
    let response = next.run(request).await;
    drop(guard);
    let elapsed = started.elapsed();
    let status = response.status().as_u16();
    shared.metrics.request(route, status, elapsed);
    if shared.settings.access_log {
        let line = serde_json::json!({
            "ts": jiff::Timestamp::now().to_string(),
            "method": method.as_str(),
            "route": route,
            "status": status,
            "ms": (elapsed.as_secs_f64() * 1e6).round() / 1e3,
        });
        eprintln!("{line}");
    }
    response
}

/// Runs `work` on the blocking pool under a permit and the request timeout.
async fn run_work<T, F>(shared: &Arc<Shared>, work: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce(&Shared) -> T + Send + 'static,
{
    let Ok(permit) = shared.permits.clone().try_acquire_owned() else {
        shared.metrics.rejected("overloaded");
        return Err(ApiError::overloaded());
    };
    let owned = shared.clone();
    let task = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        work(&owned)
    });
    match tokio::time::timeout(shared.settings.request_timeout, task).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err(ApiError::internal(format!("the extraction failed: {e}"))),
        Err(_) => {
            shared.metrics.rejected("timeout");
            Err(ApiError::timeout())
        }
    }
}

/// The request body, at most `max_body_bytes` of it.
async fn read_body(shared: &Shared, headers: &HeaderMap, body: Body) -> Result<Bytes, ApiError> {
    let limit = shared.settings.max_body_bytes;
    let too_large = || {
        shared.metrics.rejected("body_too_large");
        ApiError::too_large(format!("the request body is larger than {limit} bytes"))
    };
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    match Limited::new(body, limit).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(e) if e.downcast_ref::<LengthLimitError>().is_some() => Err(too_large()),
        Err(e) => Err(ApiError::invalid(format!(
            "cannot read the request body: {e}"
        ))),
    }
}

fn json_response(status: StatusCode, body: String) -> Response {
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        body,
    )
        .into_response()
}

async fn quack() -> &'static str {
    "quack!"
}

/// The dims each language answers: Duckling's `/targets`.
async fn targets(State(shared): State<Arc<Shared>>) -> Response {
    let mut targets: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (lang, ids) in shared.engine.extractor_ids() {
        let dims = targets.entry(lang.as_str()).or_default();
        for id in ids {
            if let Some(kind) = shared.kind_of(id) {
                dims.extend(duckling::dims_of_kind(kind));
            }
        }
    }
    json_response(StatusCode::OK, serde_json::json!(targets).to_string())
}

/// Duckling's `POST /parse`: form body and query string, one message, an array of entities.
async fn parse(
    State(shared): State<Arc<Shared>>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let body = read_body(&shared, &headers, body).await?;
    // The query string first, the form body over it.
    let mut params: BTreeMap<String, String> = BTreeMap::new();
    for source in [query.as_deref().unwrap_or("").as_bytes(), &body[..]] {
        for (key, value) in form_urlencoded::parse(source) {
            params.insert(key.into_owned(), value.into_owned());
        }
    }
    let text = params
        .remove("text")
        .ok_or_else(|| ApiError::invalid("Need a 'text' parameter to parse"))?;
    let tz = match params.get("tz").map(|s| s.trim()).filter(|s| !s.is_empty()) {
        None => TimeZone::get(duckling::DEFAULT_TZ),
        Some(name) => TimeZone::get(name),
    }
    .map_err(|e| ApiError::invalid(format!("tz: {e}")))?;
    let reftime = params
        .get("reftime")
        .map(String::as_str)
        .filter(|s| !s.trim().is_empty());
    let date = duckling::reference_date(reftime, &tz, jiff::Timestamp::now())
        .map_err(ApiError::invalid)?;
    let dims = duckling::parse_dims(params.get("dims").map(String::as_str));
    let mut input = Input::new(text)
        .reference_date(date.to_string())
        .prefer(shared.settings.compat_prefer.clone());
    if shared.settings.compat_lang == CompatLang::Locale {
        let named = [params.get("locale"), params.get("lang")]
            .into_iter()
            .flatten()
            .map(|l| duckling::locale_lang(l))
            .find(|code| Lang::parse(code).is_some_and(|lang| shared.engine.supports(lang)));
        if let Some(code) = named {
            input = input.lang(code);
        }
    }
    let kinds: BTreeSet<Kind> = Kind::ALL
        .into_iter()
        .filter(|&k| duckling::dims_of_kind(k).iter().any(|d| dims.contains(d)))
        .collect();
    let json = run_work(&shared, move |shared| {
        let prepared = shared
            .engine
            .prepare(input)
            .map_err(|e| ApiError::invalid(e.to_string()))?;
        let keep = |id: &str| shared.kind_of(id).is_some_and(|k| kinds.contains(&k));
        let record = shared.engine.extract_only(&prepared, &keep);
        count(shared, &record);
        let entities: Vec<serde_json::Value> = record
            .entities
            .iter()
            .filter_map(|e| duckling::entity(e, &dims, &tz))
            .collect();
        serde_json::to_string(&entities).map_err(|e| ApiError::internal(e.to_string()))
    })
    .await??;
    Ok(json_response(StatusCode::OK, json))
}

fn count(shared: &Shared, record: &Record<'_>) {
    if let Some(lang) = record.lang {
        shared.metrics.document(
            lang.as_str(),
            record.entities.iter().map(|e| e.kind.as_str()),
        );
    }
}

/// `POST /v1/extract`'s JSON body.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExtractRequest {
    documents: Vec<Input>,
    #[serde(default)]
    extractors: Option<Vec<String>>,
}

/// khabar's own batch API: SPEC §1 records in input order, as `{"results": [...]}`; an
/// `application/x-ndjson` body is streamed instead ([`crate::stream`]).
async fn extract(
    State(shared): State<Arc<Shared>>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let ndjson = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-ndjson"));
    if ndjson {
        let patterns: Option<Vec<String>> =
            form_urlencoded::parse(query.as_deref().unwrap_or("").as_bytes())
                .find(|(k, _)| k == "extractors")
                .map(|(_, v)| v.split(',').map(|s| s.trim().to_owned()).collect());
        let selection = patterns.map(|p| selection(&p)).transpose()?;
        return crate::stream::ndjson(shared, body, selection);
    }
    let body = read_body(&shared, &headers, body).await?;
    let request: ExtractRequest = serde_json::from_slice(&body)
        .map_err(|e| ApiError::invalid(format!("invalid request: {e}")))?;
    let documents: Vec<Result<Input, String>> = request.documents.into_iter().map(Ok).collect();
    if documents.len() > shared.settings.max_batch_docs {
        shared.metrics.rejected("batch_too_large");
        return Err(ApiError::too_large(format!(
            "{} documents in one request; at most {} are allowed",
            documents.len(),
            shared.settings.max_batch_docs
        )));
    }
    let selection = request.extractors.map(|p| selection(&p)).transpose()?;
    let lines = run_work(&shared, move |shared| {
        extract_group(shared, documents, selection.as_ref())
    })
    .await?;
    Ok(json_response(
        StatusCode::OK,
        format!("{{\"results\":[{}]}}", lines.join(",")),
    ))
}

/// The records of `documents` as JSON, in order, extracted in parallel on the engine's
/// threads.
pub(crate) fn extract_group(
    shared: &Shared,
    documents: Vec<Result<Input, String>>,
    selection: Option<&GlobSet>,
) -> Vec<String> {
    let mut lines = vec![String::new(); documents.len()];
    shared.engine.scope(|scope| {
        for (line, document) in lines.iter_mut().zip(documents) {
            scope.spawn(move |_| *line = extract_one(shared, document, selection));
        }
    });
    lines
}

/// One document's record as JSON: its entities, or an error record in its place.
fn extract_one(
    shared: &Shared,
    document: Result<Input, String>,
    selection: Option<&GlobSet>,
) -> String {
    let null = serde_json::Value::Null;
    let input = match document {
        Ok(input) => input,
        Err(message) => return Record::failed(&null, &message).to_json(),
    };
    let id = input.id.clone().unwrap_or(serde_json::Value::Null);
    match shared.engine.prepare(input) {
        Ok(prepared) => {
            let record = match selection {
                None => shared.engine.extract(&prepared),
                Some(set) => shared
                    .engine
                    .extract_only(&prepared, &|id| set.is_match(id)),
            };
            count(shared, &record);
            record.to_json()
        }
        Err(e) => Record::failed(&id, &e.to_string()).to_json(),
    }
}

/// The extractors a request names, as globs; each must match some registered id.
fn selection(patterns: &[String]) -> Result<GlobSet, ApiError> {
    let registered = khabar::registrations();
    let mut builder = GlobSetBuilder::new();
    for pattern in patterns.iter().filter(|p| !p.is_empty()) {
        let glob = Glob::new(pattern)
            .map_err(|e| ApiError::invalid(format!("extractors: `{pattern}`: {e}")))?;
        let matcher = glob.compile_matcher();
        if !registered.iter().any(|r| matcher.is_match(r.id)) {
            let ids: Vec<&str> = registered.iter().map(|r| r.id).collect();
            return Err(ApiError::invalid(format!(
                "extractors: `{pattern}` names no registered extractor (registered: {})",
                ids.join(", ")
            )));
        }
        builder.add(glob);
    }
    builder
        .build()
        .map_err(|e| ApiError::invalid(format!("extractors: {e}")))
}

/// Every registered extractor and whether this server runs it.
async fn extractors(State(shared): State<Arc<Shared>>) -> Response {
    let running = shared.engine.extractor_ids();
    let list: Vec<serde_json::Value> = khabar::registrations()
        .into_iter()
        .map(|r| {
            let enabled = r
                .lang()
                .and_then(|lang| running.get(&lang))
                .is_some_and(|ids| ids.contains(&r.id));
            serde_json::json!({
                "id": r.id,
                "description": r.description,
                "lang": r.lang().map(|l| l.as_str().to_owned()),
                "kind": r.kind().map(Kind::as_str),
                "enabled": enabled,
            })
        })
        .collect();
    json_response(
        StatusCode::OK,
        serde_json::json!({ "extractors": list }).to_string(),
    )
}

async fn healthz() -> Response {
    json_response(StatusCode::OK, r#"{"status":"ok"}"#.to_owned())
}

async fn readyz(State(shared): State<Arc<Shared>>) -> Response {
    if shared.is_ready() {
        json_response(StatusCode::OK, r#"{"status":"ready"}"#.to_owned())
    } else {
        json_response(
            StatusCode::SERVICE_UNAVAILABLE,
            r#"{"status":"loading tables"}"#.to_owned(),
        )
    }
}

async fn metrics(State(shared): State<Arc<Shared>>) -> Response {
    (
        StatusCode::OK,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; version=0.0.4"),
        )],
        shared.metrics.render(),
    )
        .into_response()
}
