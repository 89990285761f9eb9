//! The `Extractor` a language plugin registers for its dates: tokenize once, parse left to
//! right keeping the longest date at each position, resolve each against the document's
//! reference date.

use khabar_core::{
    BuildError, DateValue, Document, Entity, Extractor, Grain, Lang, Prefer, TimeSpan, Value,
};
use khabar_numerals::NumberExtractor;

use crate::DateTables;
use crate::grammar::{Expr, Parser, YearRef};
use crate::holidays::{self, Holiday};
use crate::lexicon::Lexicon;
use crate::resolve::{Context, Failure, Resolved, relative_name};
use crate::tokens::tokenize;

/// Dates of one language, reading that language's [`DateTables`].
#[derive(Debug)]
pub struct DateExtractor {
    id: &'static str,
    lang: Lang,
    tables: &'static DateTables,
    /// Built at the first document this extractor reads: a run over one language builds
    /// no other language's words (about 7 M instructions each).
    lexicon: std::sync::OnceLock<Lexicon>,
    numbers: NumberExtractor,
    holidays: &'static [Holiday],
}

impl DateExtractor {
    /// The extractor of a language's tables; its word index is built at its first document.
    /// Fails only if the built-in holiday table is broken.
    pub fn new(
        id: &'static str,
        lang: Lang,
        tables: &'static DateTables,
    ) -> Result<DateExtractor, BuildError> {
        let holidays = holidays::builtin().map_err(|message| BuildError::Data {
            what: "built-in holiday table",
            message: message.to_owned(),
        })?;
        Ok(DateExtractor {
            id,
            lang,
            tables,
            lexicon: std::sync::OnceLock::new(),
            numbers: NumberExtractor::new(id, tables.numbers),
            holidays,
        })
    }

    /// What a plugin's `Registration::build` does: no options are known.
    pub fn build(
        id: &'static str,
        lang: Lang,
        tables: &'static DateTables,
        options: &mut khabar_core::Options,
    ) -> Result<Box<dyn Extractor>, BuildError> {
        std::mem::take(options).finish()?;
        Ok(Box::new(DateExtractor::new(id, lang, tables)?))
    }

    /// Finds the dates of `text` resolved against `reference`, outside any document, as
    /// the output record would show them. Meant for tests and tools.
    pub fn find(
        &self,
        text: &str,
        reference: Option<khabar_core::Date>,
        prefer: khabar_core::Prefer,
    ) -> Vec<FoundDate> {
        let doc = Document::new(text.to_owned(), self.lang, reference, prefer);
        let mut out = Vec::new();
        self.extract(&doc, &mut |e: Entity<'_>| {
            let Value::Date(d) = &e.value else { return };
            out.push(FoundDate {
                text: doc.text()[e.span.clone()].to_owned(),
                value: d.time.map(|t| t.iso(d.grain).to_string()),
                relative: d.relative.map(str::to_owned),
                calendar: d.calendar.map(|c| c.as_str()),
                part: d.part.map(|p| p.as_str()),
            });
        });
        out
    }
}

/// A date as [`DateExtractor::find`] reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundDate {
    pub text: String,
    /// `2021-06-28`, `2019-W26`, `2014/2017`; `None` when it needs a reference date.
    pub value: Option<String>,
    pub relative: Option<String>,
    pub calendar: Option<&'static str>,
    pub part: Option<&'static str>,
}

/// The value of a resolved date: one period at its grain, or an interval of them.
fn time_span(r: &Resolved) -> TimeSpan {
    let same = match r.grain {
        Grain::Day => r.first == r.last,
        Grain::Week => {
            r.first.iso_week_date().week() == r.last.iso_week_date().week()
                && r.first.iso_week_date().year() == r.last.iso_week_date().year()
        }
        Grain::Month => (r.first.year(), r.first.month()) == (r.last.year(), r.last.month()),
        Grain::Year => r.first.year() == r.last.year(),
    };
    TimeSpan {
        start: r.first,
        end: (!same).then_some(r.last),
    }
}

fn reason(expr: Expr, holidays: &'static [Holiday]) -> &'static str {
    match expr {
        Expr::Date { .. } => "calendar date",
        Expr::Hijri { .. } => "hijri date",
        Expr::Bangla { .. } => "bangla date",
        Expr::IsoWeek { .. } => "week number",
        Expr::Day(_) | Expr::DayEitherWay(_) | Expr::Now => "relative day",
        Expr::Weekday { .. } => "weekday",
        Expr::Weekend => "weekend",
        Expr::Period { .. } => "shifted period",
        Expr::MonthShift { .. } | Expr::CalendarMonthShift { .. } => "shifted month",
        Expr::DayShift { .. } => "shifted day and month",
        Expr::MonthDayShift { .. } => "shifted day of the month",
        Expr::Offset { .. } => "amount of time",
        Expr::Window { .. } => "last or next units",
        Expr::Nth { .. } | Expr::NthAfter { .. } => "ordinal in a period",
        Expr::Holiday { index, .. } => holidays
            .get(usize::from(index))
            .map_or("holiday", |h| &*h.id),
        Expr::Years { .. } => "decade or century",
        Expr::Quarter { .. } => "quarter",
        Expr::Half { .. } => "half of a year",
        Expr::HalfOfYears { .. } => "half of a decade or century",
        Expr::Season { .. } => "season",
        Expr::Range(..) => "range",
        Expr::WeekOf(..) => "week of a date",
        Expr::WeekendOf(..) => "weekend of a date",
        Expr::DayInYear(..) => "this day in a year",
        Expr::Lasting(..) => "date and duration",
        Expr::Part(..) => "part of a period",
        Expr::RestOf(..) => "rest of a period",
    }
}

impl Extractor for DateExtractor {
    fn extract<'a>(&'a self, doc: &'a Document, sink: &mut dyn FnMut(Entity<'a>)) {
        let text = doc.normalized();
        let numbers = self.numbers.numbers_of(doc);
        let lexicon = self
            .lexicon
            .get_or_init(|| Lexicon::new(self.tables, self.lang));
        let tokens = tokenize(text, &doc.units(), lexicon, &numbers);
        let parser = Parser::new(&tokens, self.tables.numeric_order)
            .with_change_reach(self.tables.numbers.change_reach)
            .with_decimal_marks(self.tables.numbers.decimal_separators);
        let context = Context::new(doc.reference_date(), doc.prefer(), self.holidays);
        // The last weekday of a named week: where it ended, and that week.
        let mut named_week: Option<(usize, i32)> = None;
        // The last day and month a list of bare days may follow: where it ended, its year
        // as resolved, its month.
        let mut listed_month: Option<(usize, Option<YearRef>, u8)> = None;
        // The last day of the list of bare days accepted so far: inside it, no new walk.
        let mut list_last = 0;
        let mut i = 0;
        while i < tokens.len() {
            // A bare day listed after a day and month is of that month and year (`July 17th,
            // 18th, or 19th`).
            let listed = listed_month
                .filter(|&(end, _, _)| end < i && parser.joins_list(end, i))
                .and_then(|(_, year, month)| {
                    let day = if i <= list_last {
                        parser.bare_day(i)?
                    } else {
                        let (day, last) = parser.listed_day(i)?;
                        list_last = last;
                        day
                    };
                    let next = i + 1;
                    let date = Expr::Date {
                        year,
                        month: Some(month),
                        day: Some(day),
                        weekday: None,
                    };
                    Some((next, date))
                });
            let Some((mut next, mut expr)) = listed.or_else(|| parser.parse_at(i)) else {
                i += 1;
                continue;
            };
            // A bare weekday in a list with a weekday of a named week is of that week too
            // (`next week on Tuesday, Wednesday or Thursday`, `Thursday or Friday this week`).
            let listed_week = match expr {
                Expr::Weekday { week: None, .. } => named_week
                    .filter(|&(end, _)| parser.joins_list(end, i))
                    .map(|(_, week)| week)
                    .or_else(|| parser.listed_week_after(next)),
                _ => None,
            };
            if let (Some(week), Expr::Weekday { weekday, .. }) = (listed_week, expr) {
                expr = Expr::Weekday {
                    weekday,
                    week: Some(week),
                };
            }
            named_week = match expr {
                Expr::Weekday {
                    week: Some(week), ..
                } if listed_week.is_some() || parser.week_for_list(i, next) => Some((next, week)),
                _ => None,
            };
            // News reads backwards, but a clause of the future tense reads its
            // under-specified dates forward (`will be held in November`).
            let forward = doc.prefer() == Prefer::Past && parser.future_clause(i, next);
            context.set_prefer(if forward {
                Prefer::Future
            } else {
                doc.prefer()
            });
            let mut resolved = context.resolve(&parser, expr);
            // A range whose ends are out of order (`super tuesday to mini-tuesday`) is no
            // range: its first date alone may still be one.
            if resolved == Err(Failure::Invalid)
                && let Some((single_next, single)) = parser.single_at(i)
                && single_next < next
            {
                context.take_used_reference();
                (next, expr) = (single_next, single);
                resolved = context.resolve(&parser, expr);
            }
            listed_month = match (expr, resolved) {
                (
                    Expr::Date {
                        year,
                        month: Some(month),
                        day: Some(_),
                        ..
                    },
                    resolved,
                ) => {
                    let year = match resolved {
                        Ok(r) => Some(YearRef::Abs(i32::from(r.first.year()))),
                        Err(_) => year,
                    };
                    Some((next, year, month))
                }
                _ => None,
            };
            let span = doc.original_span(tokens[i].start..tokens[next - 1].end);
            let start = i;
            i = next;
            let relative = context
                .take_used_reference()
                .then(|| relative_name(&parser, expr));
            let value = match resolved {
                Ok(r) => DateValue {
                    time: Some(time_span(&r)),
                    grain: r.grain,
                    relative,
                    calendar: r.calendar,
                    part: r.part,
                },
                Err(Failure::NeedsReference) => DateValue {
                    time: None,
                    grain: Grain::Day,
                    relative,
                    calendar: None,
                    part: None,
                },
                // No date at all (`from March 5 to March 2`, out of order, with no shorter
                // date at its start): the dates inside it are read from the next token on.
                Err(Failure::Invalid) => {
                    i = start + 1;
                    continue;
                }
            };
            if span.start >= span.end {
                continue;
            }
            sink(Entity {
                span,
                value: Value::Date(value),
                extractor: self.id,
                reason: reason(expr, self.holidays),
            });
        }
    }
}
