//! What extractors produce: an [`Entity`] with a span into the original text and a typed
//! value.
//!
//! Entities borrow their strings (canonical names, ids, reasons) from the extractor that made
//! them, so producing one allocates nothing; the runner turns them into JSON at the edge.
//! These types are deliberately not `Serialize`: the output record is the runner's contract
//! with users (SPEC §1) and is built there on purpose.

use std::fmt;
use std::ops::Range;

use jiff::civil::Date;

/// The kinds of entity khabar extracts. SPEC §3 scores the first four; `Person` is extra
/// (the `<lang>.persons` extractors) and scoring ignores it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Date,
    Number,
    Organization,
    Location,
    Person,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Date,
        Kind::Number,
        Kind::Organization,
        Kind::Location,
        Kind::Person,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Date => "date",
            Kind::Number => "number",
            Kind::Organization => "organization",
            Kind::Location => "location",
            Kind::Person => "person",
        }
    }

    pub fn parse(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// Whether the kind is a name (organization, location, person) rather than a value.
    pub fn is_name(self) -> bool {
        matches!(self, Kind::Organization | Kind::Location | Kind::Person)
    }

    /// The plural used in extractor ids: `ar.numbers`, `en.locations`.
    pub fn plural(self) -> &'static str {
        match self {
            Kind::Date => "dates",
            Kind::Number => "numbers",
            Kind::Organization => "organizations",
            Kind::Location => "locations",
            Kind::Person => "persons",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One extracted date, number, organization or location.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity<'a> {
    /// Byte range into [`crate::Document::text`], the text exactly as read.
    ///
    /// Invariant: both ends lie on char boundaries of the original text and `start < end`;
    /// extractors get such ranges from [`crate::Document::original_span`].
    pub span: Range<usize>,
    pub value: Value<'a>,
    /// The registered id of the extractor that found it (`ar.numbers`).
    pub extractor: &'static str,
    /// Which rule or dictionary entry fired, briefly (`digits`, `scale:مليون`, `gazetteer`).
    pub reason: &'a str,
}

impl Entity<'_> {
    pub fn kind(&self) -> Kind {
        match &self.value {
            Value::Date(_) => Kind::Date,
            Value::Number(_) => Kind::Number,
            Value::Organization(_) => Kind::Organization,
            Value::Location(_) => Kind::Location,
            Value::Person(_) => Kind::Person,
        }
    }
}

/// The typed value of an entity; its variant decides the entity's [`Kind`].
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    Date(DateValue<'a>),
    Number(NumberValue),
    Organization(NameValue<'a>),
    Location(NameValue<'a>),
    /// A person's name, found by a name tagger (no id; `canonical` as for an unlisted name).
    Person(NameValue<'a>),
}

/// A date at the precision the text gives.
#[derive(Clone, Debug, PartialEq)]
pub struct DateValue<'a> {
    /// The resolved date or interval; `None` when the expression is relative and the document
    /// has no reference date (today's date is never used silently).
    pub time: Option<TimeSpan>,
    pub grain: Grain,
    /// The relative form when there is one (`last_week`, `ago:3y`), kept so that an
    /// unresolved date still says what it meant.
    pub relative: Option<&'a str>,
    /// The calendar the text was written in, when it was not the Gregorian one.
    pub calendar: Option<Calendar>,
    /// `early`/`mid`/`late` in "early next year": the value is the whole period, the part is
    /// kept here.
    pub part: Option<DatePart>,
}

/// A day, or an interval of days, at a grain. Rendering is by grain: `2014`, `2014-09`,
/// `2019-W26`, `2021-06-28`, and `A/B` for an interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeSpan {
    /// Any day inside the first period (the runner renders it at the grain).
    pub start: Date,
    /// Any day inside the last period, for an interval.
    pub end: Option<Date>,
}

impl TimeSpan {
    /// The span in ISO 8601 at `grain`, the one rendering every front end uses.
    pub fn iso(self, grain: Grain) -> IsoSpan {
        IsoSpan { time: self, grain }
    }
}

/// A [`TimeSpan`] displayed at a grain (see [`TimeSpan::iso`]).
#[derive(Clone, Copy, Debug)]
pub struct IsoSpan {
    time: TimeSpan,
    grain: Grain,
}

impl std::fmt::Display for IsoSpan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let one = |f: &mut std::fmt::Formatter<'_>, d: Date| match self.grain {
            Grain::Year => write!(f, "{:04}", d.year()),
            Grain::Month => write!(f, "{:04}-{:02}", d.year(), d.month()),
            Grain::Week => {
                let week = d.iso_week_date();
                write!(f, "{:04}-W{:02}", week.year(), week.week())
            }
            Grain::Day => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        };
        one(f, self.time.start)?;
        if let Some(end) = self.time.end {
            f.write_str("/")?;
            one(f, end)?;
        }
        Ok(())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Grain {
    Day,
    Week,
    Month,
    Year,
}

impl Grain {
    pub fn as_str(self) -> &'static str {
        match self {
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Year => "year",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Calendar {
    /// The tabular Islamic calendar (Hijri); civil observation may differ by a day.
    Hijri,
    /// Bangladesh's revised Bengali calendar (বঙ্গাব্দ).
    Bangla,
}

impl Calendar {
    pub fn as_str(self) -> &'static str {
        match self {
            Calendar::Hijri => "hijri",
            Calendar::Bangla => "bangla",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePart {
    Early,
    Mid,
    Late,
}

impl DatePart {
    pub fn as_str(self) -> &'static str {
        match self {
            DatePart::Early => "early",
            DatePart::Mid => "mid",
            DatePart::Late => "late",
        }
    }
}

/// A number with its kind, currency and any approximation the text attached to it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberValue {
    pub value: f64,
    pub subtype: Subtype,
    /// ISO 4217, for money.
    pub currency: Option<Currency>,
    /// "about 500", "more than 500": kept beside the value, never folded into it.
    pub bound: Option<Bound>,
    /// The upper end of a range of amounts (`from $3 to $5 million`), whose lower end is
    /// `value`.
    pub max: Option<f64>,
}

impl NumberValue {
    pub fn cardinal(value: f64) -> NumberValue {
        NumberValue {
            value,
            subtype: Subtype::Cardinal,
            currency: None,
            bound: None,
            max: None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subtype {
    Cardinal,
    Ordinal,
    Percent,
    Money,
}

impl Subtype {
    pub fn as_str(self) -> &'static str {
        match self {
            Subtype::Cardinal => "cardinal",
            Subtype::Ordinal => "ordinal",
            Subtype::Percent => "percent",
            Subtype::Money => "money",
        }
    }
}

/// An ISO 4217 currency code.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency([u8; 3]);

impl Currency {
    /// `code` must be three ASCII capitals; anything else is a bug in a plugin's table, caught
    /// by that plugin's tests.
    pub const fn new(code: &[u8; 3]) -> Currency {
        assert!(
            code[0].is_ascii_uppercase()
                && code[1].is_ascii_uppercase()
                && code[2].is_ascii_uppercase(),
            "a currency code is three ASCII capitals"
        );
        Currency(*code)
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    About,
    MoreThan,
    LessThan,
    AtLeast,
    AtMost,
}

impl Bound {
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::About => "about",
            Bound::MoreThan => "more_than",
            Bound::LessThan => "less_than",
            Bound::AtLeast => "at_least",
            Bound::AtMost => "at_most",
        }
    }
}

/// An organization or location linked to a gazetteer entry, or found by a pattern.
#[derive(Clone, Debug, PartialEq)]
pub struct NameValue<'a> {
    /// One English name, the same in every language; `None` for a name no table lists
    /// written in a script that is not English's (its form as written is the entity's
    /// `text`).
    pub canonical: Option<&'a str>,
    /// `wikidata:Q…` or `geonames:…`; `None` for names found by a pattern rule.
    pub id: Option<&'a str>,
    /// ISO 3166-1 alpha-2 country of a location.
    pub country: Option<&'a str>,
    pub coordinates: Option<(f64, f64)>,
    /// `country`, `city`, `admin1`, `region`, … for locations.
    pub feature: Option<&'a str>,
    /// 1.0 for a dictionary match; lower for a pattern rule.
    pub confidence: f32,
}
