//! A document prepared once for all extractors.

use std::ops::Range;

use jiff::civil::Date;

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

/// The text of one article with everything extractors need to read it.
#[derive(Clone, Debug)]
pub struct Document {
    text: String,
    lang: Lang,
    reference_date: Option<Date>,
    prefer: Prefer,
    normalized: NormalizedText,
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
        }
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

    /// Maps a byte range of [`Document::normalized`] to a byte range of [`Document::text`].
    pub fn original_span(&self, normalized: Range<usize>) -> Range<usize> {
        self.normalized.original_span(normalized)
    }
}
