//! The native half of the `khabar` Python package (`khabar._khabar`): an [`khabar::Engine`]
//! behind a Python class, records handed over as their SPEC §1 JSON, and flat entity
//! columns for Arrow tables.
//!
//! Records cross into Python as JSON text that `json.loads` turns into dicts: the JSON is
//! the contract (SPEC §1), and this way a Python dict renders back to exactly the CLI's
//! line (a serde-to-object bridge would widen `confidence`, an `f32`, to a longer float).
//! Batches run on rayon threads with the GIL released; only building Python objects
//! holds it. The pure-Python layer (`python/khabar/__init__.py`) adds batching, dict
//! documents and pyarrow.

use std::path::PathBuf;

use khabar::{Engine, EntityRow, Input, Record};
use pyo3::create_exception;
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use rayon::prelude::*;

create_exception!(
    _khabar,
    KhabarError,
    PyValueError,
    "Base of khabar's errors."
);
create_exception!(
    _khabar,
    ConfigError,
    KhabarError,
    "A setting or config file khabar cannot use; raised by Extractor()."
);
create_exception!(
    _khabar,
    DocumentError,
    KhabarError,
    "A document field khabar cannot use (lang, reference_date, prefer, or a malformed dict)."
);

/// The engine a Python `Extractor` wraps.
#[pyclass(module = "khabar._khabar", frozen)]
struct NativeEngine {
    engine: Engine,
    /// The pool of `threads`; `None` runs on rayon's global pool (one thread per core).
    pool: Option<rayon::ThreadPool>,
}

/// A document as Python hands it over: its text, or a JSON Lines line (a dict document).
type Doc = (String, bool);

/// A table's row: its number, text, lang, reference date and id.
type TableDoc = (
    usize,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// A document that gave no rows: its id and why.
type DocError = (String, String);

/// What one document of a batch gave: its record as JSON, and whether it is an error
/// record (with the message).
struct Outcome {
    json: String,
    error: Option<String>,
}

#[pymethods]
impl NativeEngine {
    #[new]
    #[pyo3(signature = (config=None, extractors=None, prefer=None, lang=None, reference_date=None, threads=None))]
    fn new(
        config: Option<PathBuf>,
        extractors: Option<String>,
        prefer: Option<String>,
        lang: Option<String>,
        reference_date: Option<String>,
        threads: Option<usize>,
    ) -> PyResult<NativeEngine> {
        let mut builder = Engine::builder().naming("khabar.Extractor", str::to_owned);
        if let Some(path) = config {
            builder = builder
                .config_file(&path)
                .map_err(|e| ConfigError::new_err(e.to_string()))?;
        }
        if let Some(selection) = extractors {
            builder = builder.extractors(selection);
        }
        if let Some(prefer) = prefer {
            builder = builder.prefer(prefer);
        }
        if let Some(lang) = lang {
            builder = builder.lang(lang);
        }
        if let Some(date) = reference_date {
            builder = builder.reference_date(date);
        }
        let engine = builder
            .build()
            .map_err(|e| ConfigError::new_err(e.to_string()))?;
        let pool = threads.map(thread_pool).transpose()?;
        Ok(NativeEngine { engine, pool })
    }

    /// One document's entities as a JSON array; a bad field raises `DocumentError`.
    #[pyo3(signature = (text, lang=None, reference_date=None, prefer=None))]
    fn extract_json(
        &self,
        py: Python<'_>,
        text: String,
        lang: Option<String>,
        reference_date: Option<String>,
        prefer: Option<String>,
    ) -> PyResult<String> {
        let input = Input {
            text,
            id: None,
            lang,
            reference_date,
            prefer,
        };
        py.detach(|| {
            let prepared = self.engine.prepare(input).map_err(|e| e.to_string())?;
            let record = self.engine.extract(&prepared);
            serde_json::to_string(&record.entities).map_err(|e| e.to_string())
        })
        .map_err(DocumentError::new_err)
    }

    /// Records of a batch as JSON lines, in input order, computed without the GIL on the
    /// engine's threads (or `n_threads` of a pool of this call's own). A document that
    /// cannot be used gets an error record naming it `docs[i]`, or raises
    /// `DocumentError` when `raise_errors`.
    #[pyo3(signature = (docs, offset, n_threads=None, raise_errors=false))]
    fn batch_json(
        &self,
        py: Python<'_>,
        docs: Vec<Doc>,
        offset: usize,
        n_threads: Option<usize>,
        raise_errors: bool,
    ) -> PyResult<Vec<String>> {
        let outcomes = py.detach(|| {
            self.run(n_threads, || {
                docs.into_par_iter()
                    .enumerate()
                    .map(|(i, doc)| self.one(offset + i, doc))
                    .collect::<Vec<Outcome>>()
            })
        })?;
        let mut lines = Vec::with_capacity(outcomes.len());
        for outcome in outcomes {
            if let (true, Some(message)) = (raise_errors, outcome.error) {
                return Err(DocumentError::new_err(message));
            }
            lines.push(outcome.json);
        }
        Ok(lines)
    }

    /// Flat entity columns (one row per entity) of a table's columns, as a dict of
    /// lists named as `khabar.ENTITY_COLUMNS`, plus the errors as `(doc_id, message)`.
    /// A document without an id is named by its row number.
    #[pyo3(signature = (texts, langs, dates, ids, n_threads=None))]
    fn entity_columns<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<Option<String>>,
        langs: Vec<Option<String>>,
        dates: Vec<Option<String>>,
        ids: Vec<Option<String>>,
        n_threads: Option<usize>,
    ) -> PyResult<(Bound<'py, PyDict>, Vec<DocError>)> {
        let rows = texts.len();
        if [langs.len(), dates.len(), ids.len()]
            .iter()
            .any(|&n| n != rows)
        {
            return Err(PyValueError::new_err("columns of different lengths"));
        }
        let docs: Vec<TableDoc> = texts
            .into_iter()
            .zip(langs)
            .zip(dates)
            .zip(ids)
            .enumerate()
            .map(|(row, (((text, lang), date), id))| (row, text, lang, date, id))
            .collect();
        let results = py.detach(|| {
            self.run(n_threads, || {
                docs.into_par_iter()
                    .map(|(row, text, lang, date, id)| {
                        let doc_id = id.unwrap_or_else(|| row.to_string());
                        let Some(text) = text else {
                            return Err((doc_id, "text is null".to_owned()));
                        };
                        let input = Input {
                            text,
                            id: None,
                            lang,
                            reference_date: date,
                            prefer: None,
                        };
                        match self.engine.prepare(input) {
                            Ok(prepared) => {
                                let record = self.engine.extract(&prepared);
                                Ok(flat_rows(&doc_id, &record))
                            }
                            Err(e) => Err((doc_id, e.to_string())),
                        }
                    })
                    .collect::<Vec<_>>()
            })
        })?;
        let mut columns = Columns::default();
        let mut errors = Vec::new();
        for result in results {
            match result {
                Ok(rows) => rows.into_iter().for_each(|row| columns.push(row)),
                Err(error) => errors.push(error),
            }
        }
        Ok((columns.into_dict(py)?, errors))
    }
}

impl NativeEngine {
    /// Runs `work` on a pool of `n_threads`, or on the engine's own threads.
    fn run<T: Send>(
        &self,
        n_threads: Option<usize>,
        work: impl FnOnce() -> T + Send,
    ) -> PyResult<T> {
        match (n_threads, &self.pool) {
            (Some(n), _) => Ok(thread_pool(n)?.install(work)),
            (None, Some(pool)) => Ok(pool.install(work)),
            (None, None) => Ok(work()),
        }
    }

    fn one(&self, index: usize, (content, is_line): Doc) -> Outcome {
        let failed = |id: &serde_json::Value, message: String| Outcome {
            json: Record::failed(id, &message).to_json(),
            error: Some(message),
        };
        let input = if is_line {
            match serde_json::from_str::<Input>(&content) {
                Ok(input) => input,
                Err(e) => {
                    let id = serde_json::from_str::<serde_json::Value>(&content)
                        .ok()
                        .and_then(|mut v| v.get_mut("id").map(serde_json::Value::take))
                        .unwrap_or(serde_json::Value::Null);
                    let message = e.to_string();
                    let message = message
                        .rfind(" at line ")
                        .map_or(message.as_str(), |i| &message[..i]);
                    return failed(&id, format!("docs[{index}]: malformed document: {message}"));
                }
            }
        } else {
            Input::new(content)
        };
        let id = input.id.clone().unwrap_or(serde_json::Value::Null);
        match self.engine.prepare(input) {
            Ok(prepared) => Outcome {
                json: self.engine.extract(&prepared).to_json(),
                error: None,
            },
            Err(e) => failed(&id, format!("docs[{index}]: {e}")),
        }
    }
}

/// A pool of `n` worker threads (`0`: one per core).
fn thread_pool(n: usize) -> PyResult<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .build()
        .map_err(|e| PyRuntimeError::new_err(e.to_string()))
}

/// The rows of a record's entities (see `khabar.ENTITY_COLUMNS`).
fn flat_rows(doc_id: &str, record: &Record<'_>) -> Vec<EntityRow> {
    let lang = record.lang.map(|l| l.to_string());
    record
        .entities
        .iter()
        .map(|e| EntityRow::new(doc_id, lang.as_deref(), e))
        .collect()
}

/// Flat rows gathered column by column.
#[derive(Default)]
struct Columns {
    doc_id: Vec<String>,
    lang: Vec<Option<String>>,
    kind: Vec<&'static str>,
    offsets: [Vec<i64>; 4],
    text: Vec<String>,
    value_str: Vec<Option<String>>,
    value_num: Vec<Option<f64>>,
    value_max: Vec<Option<f64>>,
    strings: [Vec<Option<String>>; 11],
    lat: Vec<Option<f64>>,
    lon: Vec<Option<f64>>,
    confidence: Vec<Option<f32>>,
    extractor: Vec<&'static str>,
    reason: Vec<String>,
}

impl Columns {
    fn push(&mut self, row: EntityRow) {
        self.doc_id.push(row.doc_id);
        self.lang.push(row.lang);
        self.kind.push(row.kind);
        for (column, value) in self.offsets.iter_mut().zip(row.offsets) {
            column.push(value);
        }
        self.text.push(row.text);
        self.value_str.push(row.value_str);
        self.value_num.push(row.value_num);
        self.value_max.push(row.value_max);
        for (column, value) in self.strings.iter_mut().zip(row.strings) {
            column.push(value);
        }
        self.lat.push(row.lat);
        self.lon.push(row.lon);
        self.confidence.push(row.confidence);
        self.extractor.push(row.extractor);
        self.reason.push(row.reason);
    }

    fn into_dict(self, py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("doc_id", PyList::new(py, self.doc_id)?)?;
        dict.set_item("lang", PyList::new(py, self.lang)?)?;
        dict.set_item("kind", PyList::new(py, self.kind)?)?;
        for (name, column) in ["start", "end", "byte_start", "byte_end"]
            .into_iter()
            .zip(self.offsets)
        {
            dict.set_item(name, PyList::new(py, column)?)?;
        }
        dict.set_item("text", PyList::new(py, self.text)?)?;
        dict.set_item("value_str", PyList::new(py, self.value_str)?)?;
        dict.set_item("value_num", PyList::new(py, self.value_num)?)?;
        dict.set_item("value_max", PyList::new(py, self.value_max)?)?;
        for (name, column) in EntityRow::STRING_COLUMNS.into_iter().zip(self.strings) {
            dict.set_item(name, PyList::new(py, column)?)?;
        }
        dict.set_item("lat", PyList::new(py, self.lat)?)?;
        dict.set_item("lon", PyList::new(py, self.lon)?)?;
        dict.set_item("confidence", PyList::new(py, self.confidence)?)?;
        dict.set_item("extractor", PyList::new(py, self.extractor)?)?;
        dict.set_item("reason", PyList::new(py, self.reason)?)?;
        Ok(dict)
    }
}

/// The registered extractors as `(id, description)`, in id order.
#[pyfunction]
fn extractors() -> Vec<(&'static str, &'static str)> {
    khabar_core::registrations()
        .iter()
        .map(|r| (r.id, r.description))
        .collect()
}

#[pymodule]
fn _khabar(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_class::<NativeEngine>()?;
    m.add_function(wrap_pyfunction!(extractors, m)?)?;
    m.add("KhabarError", py.get_type::<KhabarError>())?;
    m.add("ConfigError", py.get_type::<ConfigError>())?;
    m.add("DocumentError", py.get_type::<DocumentError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
