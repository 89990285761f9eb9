//! A document prepared once for all extractors.
//!
//! Besides the text and its normalized view, a document keeps what extractors derive from
//! it and share ([`Document::memo`]): the two name extractors of a language read one
//! automaton pass, not two, and every pass reads one segmentation of the normalized view
//! ([`Document::units`]).

use std::any::{Any, TypeId};
use std::ops::Range;
use std::sync::{Arc, Mutex, PoisonError};

use jiff::civil::Date;

use crate::units::{Unit, units};
use crate::{Lang, NormalizedText};

/// Which way an under-specified date (a bare weekday, a month without a year) resolves.
/// News reads backwards, so the default is the past.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Prefer {
    #[default]
    Past,
    Future,
}

impl Prefer {
    pub fn parse(name: &str) -> Option<Prefer> {
        match name {
            "past" => Some(Prefer::Past),
            "future" => Some(Prefer::Future),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Prefer::Past => "past",
            Prefer::Future => "future",
        }
    }
}

/// A value derived from a document, keyed by its type and its owner (see [`Document::memo`]).
type Memo = (TypeId, usize, Arc<dyn Any + Send + Sync>);

/// The text of one article with everything extractors need to read it.
#[derive(Debug)]
pub struct Document {
    text: String,
    lang: Lang,
    reference_date: Option<Date>,
    prefer: Prefer,
    normalized: NormalizedText,
    /// Invariant: only values computed from this document's fields, so a clone starts empty
    /// and nothing here can go stale.
    memos: Mutex<Vec<Memo>>,
    /// What an extractor could not do for this document (a table that failed to load), for
    /// the caller to report: extraction itself never writes anywhere.
    warnings: Mutex<Vec<String>>,
}

impl Clone for Document {
    fn clone(&self) -> Document {
        Document {
            text: self.text.clone(),
            lang: self.lang,
            reference_date: self.reference_date,
            prefer: self.prefer,
            normalized: self.normalized.clone(),
            memos: Mutex::new(Vec::new()),
            warnings: Mutex::new(Vec::new()),
        }
    }
}

impl Document {
    /// Prepares `text`: builds the normalized view once, for every extractor to share.
    pub fn new(text: String, lang: Lang, reference_date: Option<Date>, prefer: Prefer) -> Document {
        let normalized = NormalizedText::new(&text);
        Document {
            text,
            lang,
            reference_date,
            prefer,
            normalized,
            memos: Mutex::new(Vec::new()),
            warnings: Mutex::new(Vec::new()),
        }
    }

    /// The value `make` derives from this document, computed on the first call for a given
    /// type and `owner` (an address or id that tells apart two producers of the same type,
    /// such as two matchers) and shared by the later ones.
    ///
    /// `make` must depend on the document and the owner only. It runs without the lock held,
    /// so it may itself call `memo`.
    pub fn memo<T: Any + Send + Sync>(&self, owner: usize, make: impl FnOnce() -> T) -> Arc<T> {
        let key = TypeId::of::<T>();
        let find = |memos: &[Memo]| {
            memos
                .iter()
                .find(|(t, o, _)| *t == key && *o == owner)
                .and_then(|(_, _, value)| Arc::clone(value).downcast::<T>().ok())
        };
        if let Some(found) = find(&self.memos.lock().unwrap_or_else(PoisonError::into_inner)) {
            return found;
        }
        let fresh = Arc::new(make());
        let mut memos = self.memos.lock().unwrap_or_else(PoisonError::into_inner);
        // Another thread may have raced us here; keep the first value so every reader
        // sees the same one.
        if let Some(found) = find(&memos) {
            return found;
        }
        memos.push((key, owner, Arc::clone(&fresh) as Arc<dyn Any + Send + Sync>));
        fresh
    }

    /// Records a warning about this document for the caller (see [`Document::take_warnings`]);
    /// an extractor that cannot do its work says so here and goes on.
    pub fn warn(&self, message: String) {
        self.warnings
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(message);
    }

    /// The warnings extractors recorded, in order; the list is left empty.
    pub fn take_warnings(&self) -> Vec<String> {
        std::mem::take(&mut *self.warnings.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// The text exactly as read; entity spans index into it.
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The article's own date, against which relative dates resolve.
    pub fn reference_date(&self) -> Option<Date> {
        self.reference_date
    }

    pub fn prefer(&self) -> Prefer {
        self.prefer
    }

    /// The normalized view extractors match on (see [`NormalizedText`]).
    pub fn normalized(&self) -> &str {
        self.normalized.as_str()
    }

    /// The units of [`Document::normalized`] (see [`crate::units`]), cut on first use and
    /// shared by every extractor of the document.
    pub fn units(&self) -> Arc<Vec<Unit>> {
        self.memo(0, || {
            // News text has about one unit per five bytes; one per four makes a single
            // allocation that seldom grows.
            let mut out = Vec::with_capacity(self.normalized().len() / 4 + 8);
            units(self.normalized(), &mut out);
            out
        })
    }

    /// Maps a byte range of [`Document::normalized`] to a byte range of [`Document::text`].
    pub fn original_span(&self, normalized: Range<usize>) -> Range<usize> {
        self.normalized.original_span(normalized)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memo_computes_once_per_type_and_owner() {
        let doc = Document::new("abc".to_owned(), Lang::new("en"), None, Prefer::Past);
        let mut calls = 0;
        let a = doc.memo(1, || {
            calls += 1;
            doc.normalized().len()
        });
        let b = doc.memo(1, || {
            calls += 1;
            0usize
        });
        assert_eq!((*a, *b, calls), (3, 3, 1));
        assert_eq!(*doc.memo(2, || 7usize), 7, "another owner computes its own");
        assert_eq!(*doc.memo(1, || "other type"), "other type");
        assert!(
            doc.clone().memo(1, || 9usize) == Arc::new(9),
            "a clone starts empty"
        );
    }
}
