//! The counters behind `GET /metrics`, written in Prometheus's text format.
//!
//! A handful of labelled counters and one histogram do not need an exporter crate: the maps
//! are behind one mutex each, taken once per request or document, and rendering walks them
//! in label order so the output is stable.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

/// Upper bounds of the latency histogram's buckets, in seconds.
const BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0,
];

#[derive(Debug, Default)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

/// Everything `/metrics` reports.
#[derive(Debug, Default)]
pub(crate) struct Metrics {
    requests: Mutex<BTreeMap<(&'static str, u16), u64>>,
    latency: Mutex<BTreeMap<&'static str, Histogram>>,
    documents: Mutex<BTreeMap<String, u64>>,
    entities: Mutex<BTreeMap<(String, &'static str), u64>>,
    rejected: Mutex<BTreeMap<&'static str, u64>>,
    inflight: AtomicI64,
}

/// Adds `n` to a counter, whatever state a panicking holder left the map in (counters are
/// only ever incremented, so a poisoned map is still right).
fn bump<K: Ord>(map: &Mutex<BTreeMap<K, u64>>, key: K, n: u64) {
    let mut map = map.lock().unwrap_or_else(|e| e.into_inner());
    *map.entry(key).or_insert(0) += n;
}

impl Metrics {
    pub(crate) fn request(&self, route: &'static str, status: u16, elapsed: Duration) {
        bump(&self.requests, (route, status), 1);
        let seconds = elapsed.as_secs_f64();
        let mut latency = self.latency.lock().unwrap_or_else(|e| e.into_inner());
        let histogram = latency.entry(route).or_default();
        for (count, bound) in histogram.counts.iter_mut().zip(BUCKETS) {
            if seconds <= bound {
                *count += 1;
            }
        }
        histogram.count += 1;
        histogram.sum += seconds;
    }

    pub(crate) fn document(&self, lang: &str, kinds: impl Iterator<Item = &'static str>) {
        bump(&self.documents, lang.to_owned(), 1);
        let mut per_kind: BTreeMap<&'static str, u64> = BTreeMap::new();
        for kind in kinds {
            *per_kind.entry(kind).or_insert(0) += 1;
        }
        for (kind, n) in per_kind {
            bump(&self.entities, (lang.to_owned(), kind), n);
        }
    }

    pub(crate) fn rejected(&self, reason: &'static str) {
        bump(&self.rejected, reason, 1);
    }

    pub(crate) fn enter(&self) {
        self.inflight.fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn leave(&self) {
        self.inflight.fetch_sub(1, Ordering::Relaxed);
    }

    /// The Prometheus text exposition of every metric.
    pub(crate) fn render(&self) -> String {
        let mut out = String::new();
        out.push_str("# HELP khabar_requests_total HTTP requests answered, by route and status.\n# TYPE khabar_requests_total counter\n");
        for ((route, status), n) in self
            .requests
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
        {
            let _ = writeln!(
                out,
                "khabar_requests_total{{route=\"{route}\",status=\"{status}\"}} {n}"
            );
        }
        out.push_str("# HELP khabar_request_duration_seconds Time from request to response, by route.\n# TYPE khabar_request_duration_seconds histogram\n");
        for (route, h) in self
            .latency
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
        {
            for (count, bound) in h.counts.iter().zip(BUCKETS) {
                let _ = writeln!(
                    out,
                    "khabar_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {count}"
                );
            }
            let _ = writeln!(
                out,
                "khabar_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}\nkhabar_request_duration_seconds_sum{{route=\"{route}\"}} {}\nkhabar_request_duration_seconds_count{{route=\"{route}\"}} {}",
                h.count, h.sum, h.count
            );
        }
        out.push_str("# HELP khabar_documents_total Documents extracted, by language.\n# TYPE khabar_documents_total counter\n");
        for (lang, n) in self
            .documents
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
        {
            let _ = writeln!(out, "khabar_documents_total{{lang=\"{lang}\"}} {n}");
        }
        out.push_str("# HELP khabar_entities_total Entities found, by language and kind.\n# TYPE khabar_entities_total counter\n");
        for ((lang, kind), n) in self
            .entities
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
        {
            let _ = writeln!(
                out,
                "khabar_entities_total{{lang=\"{lang}\",kind=\"{kind}\"}} {n}"
            );
        }
        out.push_str("# HELP khabar_rejected_total Requests refused, by reason.\n# TYPE khabar_rejected_total counter\n");
        for (reason, n) in self
            .rejected
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
        {
            let _ = writeln!(out, "khabar_rejected_total{{reason=\"{reason}\"}} {n}");
        }
        let _ = writeln!(
            out,
            "# HELP khabar_inflight Requests being answered now.\n# TYPE khabar_inflight gauge\nkhabar_inflight {}",
            self.inflight.load(Ordering::Relaxed)
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_and_buckets_render_in_label_order() {
        let m = Metrics::default();
        m.request("/parse", 200, Duration::from_millis(3));
        m.request("/parse", 429, Duration::from_micros(100));
        m.document("en", ["date", "number", "number"].into_iter());
        m.rejected("overloaded");
        let text = m.render();
        assert!(
            text.contains("khabar_requests_total{route=\"/parse\",status=\"200\"} 1\n"),
            "{text}"
        );
        assert!(text.contains("khabar_requests_total{route=\"/parse\",status=\"429\"} 1\n"));
        assert!(
            text.contains(
                "khabar_request_duration_seconds_bucket{route=\"/parse\",le=\"0.001\"} 1\n"
            )
        );
        assert!(
            text.contains(
                "khabar_request_duration_seconds_bucket{route=\"/parse\",le=\"0.005\"} 2\n"
            )
        );
        assert!(text.contains("khabar_request_duration_seconds_count{route=\"/parse\"} 2\n"));
        assert!(text.contains("khabar_entities_total{lang=\"en\",kind=\"number\"} 2\n"));
        assert!(text.contains("khabar_rejected_total{reason=\"overloaded\"} 1\n"));
        assert!(text.contains("khabar_inflight 0\n"));
    }
}
