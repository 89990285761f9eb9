//! `cargo xtask loadtest`: `khabar serve` on loopback under more clients than it admits.
//!
//! Builds the release binary, starts it on `127.0.0.1` (an ephemeral port) and runs two
//! phases with keep-alive clients written on `std::net` alone:
//!
//! 1. **Overload** (`--seconds`, default 20): `4 × --max-inflight` clients send `/parse`
//!    requests back to back. Every 2xx body must equal the body the same request got when
//!    the server was idle, every refusal must be a 429, and nothing may be a 5xx. Latency
//!    percentiles are printed for answered and refused requests.
//! 2. **Memory** (`--requests`, default 100,000): `--max-inflight` clients send that many
//!    requests in total while the server's resident memory is sampled every tenth; the
//!    growth after the first tenth must stay under 10%.
//!
//! Then SIGTERM, and the server must exit 0. Every phase has a time cap, so the task ends by
//! itself whatever the server does.

use std::ffi::OsStr;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

/// One request and the body it must get.
#[derive(Debug, Clone)]
struct Case {
    body: String,
    /// A piece the idle answer must contain, so the reference itself is checked.
    expect: &'static str,
    answer: String,
}

fn form(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn percent_encode(s: &str) -> String {
    let mut out = String::new();
    for byte in s.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn cases() -> Vec<Case> {
    let rasa = "1381536182000";
    let case = |pairs: &[(&str, &str)], expect| Case {
        body: form(pairs),
        expect,
        answer: String::new(),
    };
    vec![
        case(
            &[
                (
                    "text",
                    "Let us meet tomorrow, between March and May 2014. The ticket is $42 and the hotel more than €500. It is my 5th visit.",
                ),
                ("dims", "null"),
                ("reftime", rasa),
            ],
            "\"value\":\"2014-06-01T00:00:00.000-07:00\"",
        ),
        case(
            &[
                (
                    "text",
                    "أعلنت الأمم المتحدة في العراق يوم 15 رمضان 1442 هـ عن تقديم 2 مليار دولار",
                ),
                ("locale", "ar_AR"),
                ("tz", "Asia/Baghdad"),
                ("reftime", "1624874400000"),
                ("dims", "[\"time\",\"amount-of-money\",\"location\"]"),
            ],
            "\"unit\":\"USD\",\"value\":2000000000",
        ),
        case(
            &[
                ("text", "১৫ রমজান ১৪৪২ তারিখে ঢাকায় ৫০ লাখ টাকা দেওয়া হয়"),
                ("locale", "bn_BN"),
                ("tz", "Asia/Dhaka"),
                ("reftime", "1624874400000"),
                ("dims", "[\"time\",\"amount-of-money\",\"location\"]"),
            ],
            "\"value\":\"Dhaka\"",
        ),
    ]
}

struct Options {
    max_inflight: usize,
    seconds: u64,
    requests: usize,
}

fn options(args: &[String]) -> Result<Options> {
    let mut options = Options {
        max_inflight: 8,
        seconds: 20,
        requests: 100_000,
    };
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let value = args
            .next()
            .with_context(|| format!("{flag} needs a value"))?;
        let n: usize = value
            .parse()
            .with_context(|| format!("{flag}: `{value}` is not a number"))?;
        match flag.as_str() {
            "--max-inflight" => options.max_inflight = n.max(1),
            "--seconds" => options.seconds = n.clamp(1, 600) as u64,
            "--requests" => options.requests = n.clamp(1, 10_000_000),
            _ => bail!("unknown flag {flag} (known: --max-inflight, --seconds, --requests)"),
        }
    }
    Ok(options)
}

/// A running `khabar serve`, killed if the task ends early.
struct Server {
    child: Child,
    address: SocketAddr,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Starts `binary` with `env` added to its environment.
    fn start(binary: &Path, max_inflight: usize, env: &[(&str, &OsStr)]) -> Result<Server> {
        let mut child = Command::new(binary)
            .envs(env.iter().copied())
            .args(["serve", "--bind", "127.0.0.1:0", "--no-access-log"])
            .args(["--max-inflight", &max_inflight.to_string()])
            .stdin(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .with_context(|| format!("starting {}", binary.display()))?;
        let stderr = child.stderr.take().context("the server's stderr")?;
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(address) = line.strip_prefix("khabar serve: listening on http://") {
                    let _ = tx.send(address.to_owned());
                }
            }
        });
        let address = rx
            .recv_timeout(Duration::from_secs(60))
            .context("the server did not say where it listens within 60 s")?;
        let address: SocketAddr = address.parse().context("the server's address")?;
        if !address.ip().is_loopback() {
            bail!("the server listens on {address}, not loopback");
        }
        let server = Server { child, address };
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let ready = Client::connect(server.address)
                .and_then(|mut c| c.request("GET", "/readyz", ""))
                .is_ok_and(|(status, _)| status == 200);
            if ready {
                return Ok(server);
            }
            if Instant::now() > deadline {
                bail!("/readyz did not answer 200 within 60 s");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// A number field of the server's `/proc/PID/status` (`VmRSS` in KiB, `Threads`).
    fn status(&self, field: &str) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        let line = status.lines().find(|l| l.starts_with(field))?;
        line.split_whitespace().nth(1)?.parse().ok()
    }

    fn resident_kb(&self) -> Option<u64> {
        self.status("VmRSS:")
    }

    /// Resident memory and threads, for the report.
    fn footprint(&self) -> String {
        format!(
            "{:.1} MB resident, {} threads",
            self.resident_kb().unwrap_or(0) as f64 / 1024.0,
            self.status("Threads:").unwrap_or(0)
        )
    }

    /// SIGTERM, then the exit status within 30 s.
    fn stop(mut self) -> Result<std::process::ExitStatus> {
        crate::run(Command::new("kill").args(["-TERM", &self.child.id().to_string()]))?;
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = self.child.try_wait()? {
                return Ok(status);
            }
            if Instant::now() > deadline {
                bail!("the server did not exit within 30 s of SIGTERM");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// One keep-alive HTTP/1.1 connection.
struct Client {
    address: SocketAddr,
    reader: BufReader<TcpStream>,
}

impl Client {
    fn connect(address: SocketAddr) -> std::io::Result<Client> {
        let stream = TcpStream::connect_timeout(&address, Duration::from_secs(5))?;
        stream.set_read_timeout(Some(Duration::from_secs(15)))?;
        stream.set_nodelay(true)?;
        Ok(Client {
            address,
            reader: BufReader::new(stream),
        })
    }

    /// Status and body; reconnects once if the server closed the connection.
    fn request(&mut self, method: &str, path: &str, body: &str) -> std::io::Result<(u16, String)> {
        match self.exchange(method, path, body) {
            Ok(answer) => Ok(answer),
            Err(_) => {
                *self = Client::connect(self.address)?;
                self.exchange(method, path, body)
            }
        }
    }

    fn exchange(&mut self, method: &str, path: &str, body: &str) -> std::io::Result<(u16, String)> {
        let head = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n",
            body.len()
        );
        let stream = self.reader.get_mut();
        stream.write_all(head.as_bytes())?;
        stream.write_all(body.as_bytes())?;
        let mut line = String::new();
        self.reader.read_line(&mut line)?;
        let status: u16 = line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| std::io::Error::other(format!("bad status line {line:?}")))?;
        let mut length = 0usize;
        loop {
            line.clear();
            if self.reader.read_line(&mut line)? == 0 {
                return Err(std::io::Error::other("connection closed in the headers"));
            }
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':')
                && name.eq_ignore_ascii_case("content-length")
            {
                length = value.trim().parse().unwrap_or(0);
            }
        }
        let mut body = vec![0; length];
        self.reader.read_exact(&mut body)?;
        Ok((status, String::from_utf8_lossy(&body).into_owned()))
    }
}

/// What the clients of one phase saw.
#[derive(Default)]
struct Tally {
    ok_ms: Vec<f64>,
    rejected_ms: Vec<f64>,
    wrong_bodies: usize,
    server_errors: usize,
    other: Vec<u16>,
    io_errors: usize,
}

impl Tally {
    fn merge(&mut self, other: Tally) {
        self.ok_ms.extend(other.ok_ms);
        self.rejected_ms.extend(other.rejected_ms);
        self.wrong_bodies += other.wrong_bodies;
        self.server_errors += other.server_errors;
        self.other.extend(other.other);
        self.io_errors += other.io_errors;
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

/// Runs `clients` clients until `stop` says so or `budget` requests are sent.
fn phase(
    address: SocketAddr,
    cases: &Arc<Vec<Case>>,
    clients: usize,
    until: Instant,
    budget: Arc<AtomicUsize>,
    on_request: &(dyn Fn(usize) + Sync),
) -> Tally {
    let stop = AtomicBool::new(false);
    let sent = AtomicUsize::new(0);
    let mut total = Tally::default();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..clients)
            .map(|n| {
                let (cases, budget, stop, sent) = (cases.clone(), budget.clone(), &stop, &sent);
                scope.spawn(move || {
                    let mut tally = Tally::default();
                    let Ok(mut client) = Client::connect(address) else {
                        tally.io_errors += 1;
                        return tally;
                    };
                    let mut i = n;
                    while !stop.load(Ordering::Relaxed) && Instant::now() < until {
                        if budget
                            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |b| {
                                b.checked_sub(1)
                            })
                            .is_err()
                        {
                            break;
                        }
                        let case = &cases[i % cases.len()];
                        i += 1;
                        let started = Instant::now();
                        let answer = client.request("POST", "/parse", &case.body);
                        let ms = started.elapsed().as_secs_f64() * 1e3;
                        match answer {
                            Ok((200, body)) => {
                                tally.ok_ms.push(ms);
                                if body != case.answer {
                                    tally.wrong_bodies += 1;
                                }
                            }
                            Ok((429, _)) => {
                                tally.rejected_ms.push(ms);
                                // Honour Retry-After's spirit without idling a whole second.
                                std::thread::sleep(Duration::from_millis(5));
                            }
                            Ok((status, _)) if status >= 500 => tally.server_errors += 1,
                            Ok((status, _)) => tally.other.push(status),
                            Err(_) => {
                                tally.io_errors += 1;
                                if tally.io_errors > 100 {
                                    stop.store(true, Ordering::Relaxed);
                                }
                            }
                        }
                        let done = sent.fetch_add(1, Ordering::Relaxed) + 1;
                        on_request(done);
                    }
                    tally
                })
            })
            .collect();
        for worker in workers {
            if let Ok(tally) = worker.join() {
                total.merge(tally);
            }
        }
    });
    total
}

fn report(name: &str, tally: &mut Tally, seconds: f64) {
    tally.ok_ms.sort_by(f64::total_cmp);
    tally.rejected_ms.sort_by(f64::total_cmp);
    let answered = tally.ok_ms.len();
    let rejected = tally.rejected_ms.len();
    println!(
        "{name}: {} requests in {seconds:.1} s ({:.0}/s): {answered} answered 200 (p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms), {rejected} refused 429 (p50 {:.2} ms, p99 {:.2} ms), {} wrong bodies, {} 5xx, {} other statuses, {} connection errors",
        answered + rejected + tally.server_errors + tally.other.len(),
        (answered + rejected) as f64 / seconds,
        percentile(&tally.ok_ms, 50.0),
        percentile(&tally.ok_ms, 99.0),
        tally.ok_ms.last().copied().unwrap_or(f64::NAN),
        percentile(&tally.rejected_ms, 50.0),
        percentile(&tally.rejected_ms, 99.0),
        tally.wrong_bodies,
        tally.server_errors,
        tally.other.len(),
        tally.io_errors,
    );
}

/// Serves `requests` of the load test's cases, one at a time, from `binary` on loopback,
/// then stops it with SIGTERM: `cargo xtask dist` runs its instrumented build through the
/// server's code this way, its counts written to `profile_file`. Every answer must be the
/// expected one and the server must exit 0.
pub(crate) fn exercise(binary: &Path, requests: usize, profile_file: &Path) -> Result<()> {
    let server = Server::start(
        binary,
        2,
        &[("LLVM_PROFILE_FILE", profile_file.as_os_str())],
    )?;
    let cases = cases();
    let mut client = Client::connect(server.address)?;
    for case in cases.iter().cycle().take(requests) {
        let (status, body) = client.request("POST", "/parse", &case.body)?;
        if status != 200 || !body.contains(case.expect) {
            bail!("the server answered {status}: {body}");
        }
    }
    drop(client);
    let status = server.stop()?;
    if !status.success() {
        bail!("the server exited with {status} on SIGTERM");
    }
    Ok(())
}

pub(crate) fn run(root: &Path, args: &[String]) -> Result<()> {
    let options = options(args)?;
    let binary = crate::release_cli(&root.join("target"), "")?;
    let server = Server::start(&binary, options.max_inflight, &[])?;
    println!(
        "khabar serve on {} with --max-inflight {} ({} cores here)",
        server.address,
        options.max_inflight,
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );

    println!("when ready: {}", server.footprint());

    // The reference answers, one request at a time on an idle server.
    let mut cases = cases();
    let mut client = Client::connect(server.address)?;
    for case in &mut cases {
        let (status, body) = client.request("POST", "/parse", &case.body)?;
        if status != 200 || !body.contains(case.expect) {
            bail!("the idle answer is wrong ({status}): {body}");
        }
        case.answer = body;
    }
    drop(client);
    let cases = Arc::new(cases);
    let mut failures = Vec::new();

    // 1. Overload.
    let clients = 4 * options.max_inflight;
    let started = Instant::now();
    let until = started + Duration::from_secs(options.seconds);
    let mut tally = phase(
        server.address,
        &cases,
        clients,
        until,
        Arc::new(AtomicUsize::new(usize::MAX)),
        &|_| {},
    );
    report(
        &format!("overload ({clients} clients)"),
        &mut tally,
        started.elapsed().as_secs_f64(),
    );
    if tally.server_errors > 0
        || tally.wrong_bodies > 0
        || !tally.other.is_empty()
        || tally.io_errors > 0
    {
        failures
            .push("the overload phase saw 5xx, wrong bodies, other statuses or connection errors");
    }
    if tally.ok_ms.is_empty() {
        failures.push("the overload phase answered nothing");
    }
    println!("after the overload: {}", server.footprint());

    // 2. Memory over many requests.
    let samples = std::sync::Mutex::new(vec![(0usize, server.resident_kb().unwrap_or(0))]);
    let tenth = (options.requests / 10).max(1);
    let started = Instant::now();
    let mut tally = phase(
        server.address,
        &cases,
        options.max_inflight,
        started + Duration::from_secs(300),
        Arc::new(AtomicUsize::new(options.requests)),
        &|done| {
            if done % tenth == 0 {
                let kb = server.resident_kb().unwrap_or(0);
                samples
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((done, kb));
            }
        },
    );
    report(
        &format!("memory ({} clients)", options.max_inflight),
        &mut tally,
        started.elapsed().as_secs_f64(),
    );
    let samples = samples.into_inner().unwrap_or_else(|e| e.into_inner());
    let line: Vec<String> = samples
        .iter()
        .map(|(n, kb)| format!("{}k: {:.1} MB", n / 1000, *kb as f64 / 1024.0))
        .collect();
    println!("resident memory: {}", line.join(", "));
    println!("after the memory phase: {}", server.footprint());
    let sent = tally.ok_ms.len() + tally.rejected_ms.len();
    if sent < options.requests {
        failures.push("the memory phase did not send every request within 300 s");
    }
    if tally.server_errors > 0 || tally.wrong_bodies > 0 || tally.io_errors > 0 {
        failures.push("the memory phase saw 5xx, wrong bodies or connection errors");
    }
    if let (Some(&(_, first)), Some(&(_, last))) = (samples.get(1), samples.last())
        && last as f64 > first as f64 * 1.10
    {
        failures.push("resident memory grew by more than 10% after the first tenth");
    }

    let status = server.stop()?;
    println!("SIGTERM: the server exited with {status}");
    if !status.success() {
        failures.push("the server did not exit 0 on SIGTERM");
    }
    if !failures.is_empty() {
        bail!("load test failed: {}", failures.join("; "));
    }
    println!("load test passed");
    Ok(())
}
