//! Starting and stopping: `khabar serve`'s flags, building the engine and the runtime,
//! binding, and the graceful shutdown.
//!
//! On SIGTERM or SIGINT the server stops accepting connections, lets the requests in flight
//! finish and exits 0; requests still running when `shutdown_grace` has passed are
//! abandoned. [`run`] takes the shutdown signal as a future so tests drive it without
//! signals.

use std::future::{Future, IntoFuture};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use khabar::{Config, Engine};
use tokio::net::TcpListener;

use crate::app::{Shared, router};
use crate::settings::{Flags, Settings, split_config};

/// `khabar serve`'s flags; each wins over `[server]` in the config file.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ServeArgs {
    /// Address and port to listen on [default: 127.0.0.1:8000].
    #[arg(long, value_name = "ADDR:PORT")]
    pub bind: Option<String>,
    /// Largest request body (bytes, or with KiB/MiB); larger ones are answered 413.
    #[arg(long, value_name = "SIZE")]
    pub max_body_bytes: Option<String>,
    /// Most documents in one /v1/extract request; more are answered 413 [default: 256].
    #[arg(long, value_name = "N")]
    pub max_batch_docs: Option<usize>,
    /// Longest an extraction may take (500ms, 10s, 2m); longer ones are answered 503.
    #[arg(long, value_name = "DURATION")]
    pub request_timeout: Option<String>,
    /// Extractions in flight at once; more requests are answered 429 [default: 16].
    #[arg(long, value_name = "N")]
    pub max_inflight: Option<usize>,
    /// After SIGTERM/SIGINT, how long requests in flight may finish [default: 30s].
    #[arg(long, value_name = "DURATION")]
    pub shutdown_grace: Option<String>,
    /// /parse's language: locale (the request's locale or lang, as Duckling) or auto (detect
    /// each message's language, for bots that talk several).
    #[arg(long, value_name = "locale|auto")]
    pub compat_lang: Option<String>,
    /// How /parse resolves an under-specified date (a bare weekday): future (as Duckling,
    /// the default) or past.
    #[arg(long, value_name = "past|future")]
    pub compat_prefer: Option<String>,
    /// Do not write the access log (one JSON line per request on stderr).
    #[arg(long)]
    pub no_access_log: bool,
    /// Extractors to run: comma-separated ids or globs; replaces the config's `enable`.
    #[arg(long, value_name = "GLOB,...")]
    pub extractors: Option<String>,
    /// Worker threads for batch extraction (default: one per core).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
}

impl ServeArgs {
    fn flags(&self) -> Flags {
        Flags {
            bind: self.bind.clone(),
            max_body_bytes: self.max_body_bytes.clone(),
            max_batch_docs: self.max_batch_docs,
            request_timeout: self.request_timeout.clone(),
            max_inflight: self.max_inflight,
            shutdown_grace: self.shutdown_grace.clone(),
            compat_lang: self.compat_lang.clone(),
            compat_prefer: self.compat_prefer.clone(),
            no_access_log: self.no_access_log,
        }
    }
}

/// Builds the engine and the settings from `config` and `args`; every error in either
/// surfaces here, before anything binds.
pub fn prepare(config: Option<&Path>, args: &ServeArgs) -> anyhow::Result<(Engine, Settings)> {
    let (settings, engine_config) = settings(config, args)?;
    Ok((engine(engine_config, args)?, settings))
}

/// The server's settings and the engine's part of the config file.
fn settings(config: Option<&Path>, args: &ServeArgs) -> anyhow::Result<(Settings, Config)> {
    let source = match config {
        Some(path) => std::fs::read_to_string(path)
            .with_context(|| format!("{}: cannot read", path.display()))?,
        None => String::new(),
    };
    let split = split_config(&source);
    let settings = Settings::resolve(config, split.server.as_ref(), &args.flags())?;
    let engine_config = match config {
        Some(path) => Config::parse(Some(path), &split.engine)?,
        None => Config::default(),
    };
    Ok((settings, engine_config))
}

fn engine(config: Config, args: &ServeArgs) -> anyhow::Result<Engine> {
    let mut builder = Engine::builder()
        .config(config)
        .naming("command line", |key| format!("--{}", key.replace('_', "-")));
    if let Some(selection) = &args.extractors {
        builder = builder.extractors(selection);
    }
    if let Some(threads) = args.threads {
        builder = builder.threads(threads);
    }
    Ok(builder.build()?)
}

/// `khabar serve`: builds everything, listens until SIGTERM or SIGINT, drains, returns.
pub fn serve(config: Option<&Path>, args: &ServeArgs) -> anyhow::Result<()> {
    let (settings, engine_config) = settings(config, args)?;
    // At most `max_inflight` extractions hold a permit; the two spare threads are for the
    // warm-up and for a task whose permit is released while its thread is still returning.
    // Without the cap tokio starts a new thread whenever none is idle at that instant, and
    // under overload the pool grew to 60 threads for 8 permits.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(settings.max_inflight + 2)
        .build()
        .context("cannot start the async runtime")?;
    // Signals are caught from here on, so one that arrives while the tables load still
    // ends in an orderly stop rather than the default kill.
    let signals = {
        let _entered = runtime.enter();
        Signals::new().context("cannot listen for SIGTERM and SIGINT")?
    };
    let engine = engine(engine_config, args)?;
    let bind = settings.bind;
    let shared = Shared::new(engine, settings);
    let result = runtime.block_on(async {
        let listener = TcpListener::bind(bind)
            .await
            .with_context(|| format!("cannot listen on {bind}"))?;
        let address = listener.local_addr().context("no local address")?;
        eprintln!("khabar serve: listening on http://{address}");
        let warm = shared.clone();
        tokio::task::spawn_blocking(move || warm.warm_up());
        run(listener, shared, signals.recv()).await?;
        eprintln!("khabar serve: stopped");
        anyhow::Ok(())
    });
    // Extractions abandoned after the grace period must not hold the exit.
    runtime.shutdown_timeout(Duration::from_secs(1));
    result
}

/// Serves on `listener` until `shutdown` resolves, then lets requests in flight finish for
/// up to the settings' `shutdown_grace`.
pub async fn run(
    listener: TcpListener,
    shared: Arc<Shared>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let grace = shared.settings().shutdown_grace;
    let (stop, mut stopped) = tokio::sync::watch::channel(false);
    let signal = async move {
        shutdown.await;
        let _ = stop.send(true);
    };
    let server = axum::serve(listener, router(shared))
        .with_graceful_shutdown(signal)
        .into_future();
    let deadline = async move {
        if stopped.wait_for(|&stop| stop).await.is_ok() {
            tokio::time::sleep(grace).await;
        } else {
            std::future::pending::<()>().await;
        }
    };
    tokio::select! {
        result = server => result,
        () = deadline => {
            eprintln!("khabar serve: the shutdown grace period passed with requests in flight");
            Ok(())
        }
    }
}

/// SIGINT (Ctrl-C) and SIGTERM, registered when made.
struct Signals {
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
}

impl Signals {
    #[cfg(unix)]
    fn new() -> std::io::Result<Signals> {
        use tokio::signal::unix::{SignalKind, signal};
        Ok(Signals {
            interrupt: signal(SignalKind::interrupt())?,
            terminate: signal(SignalKind::terminate())?,
        })
    }

    #[cfg(not(unix))]
    fn new() -> std::io::Result<Signals> {
        Ok(Signals {})
    }

    /// Resolves on the first of them.
    async fn recv(mut self) {
        #[cfg(unix)]
        tokio::select! {
            _ = self.interrupt.recv() => {}
            _ = self.terminate.recv() => {}
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
        eprintln!("khabar serve: shutting down, finishing requests in flight");
    }
}
