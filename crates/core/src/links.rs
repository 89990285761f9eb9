//! Web addresses, e-mail addresses and `@handles` in a text: strings that are read by
//! machines, not written as prose, so a name found inside one (`UK` in `@UK_Foreign_Office`,
//! a person in `press_office@un.org`) names no one. Language-independent; the engine asks
//! for them only when a document has names to check.
//!
//! What counts, in bytes of the text:
//! - a web address: a scheme of ASCII letters, digits, `+`, `-` or `.` starting with a letter,
//!   then `://` (`https://…`, `ftp://…`), or `www.` at the start of a word; it runs to the
//!   next space, quote, angle bracket or non-ASCII character, less the punctuation that
//!   ends a sentence after it (`.`, `,`, `;`, `:`, `!`, `?`, closing brackets);
//! - an e-mail address: ASCII letters, digits and `._%+-` before an `@`, and after it a
//!   domain of letters, digits, `-` and `.` with a dot followed by two letters or more;
//! - a handle: an `@` that does not follow a word character, then ASCII letters, digits
//!   and `_` (`@UN_News`);
//! - an identifier: ASCII letters, digits and `_` with an underscore between two letters or
//!   digits (`UK_IT_Jobs`, `press_release_2024`, also a handle written `@ UK_IT_Jobs`):
//!   prose never joins words with an underscore.
//!
//! Invariant: the ranges come out sorted by start, never overlap, and lie on character
//! boundaries (every byte that bounds one is ASCII).

use std::ops::Range;

use crate::is_word_char;

/// Pushes to `out` the byte ranges of the web addresses, e-mail addresses and handles of
/// `text`, in order (see the module documentation). `out` is cleared first.
pub fn links(text: &str, out: &mut Vec<Range<usize>>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut found: Vec<Range<usize>> = Vec::new();
    // Web addresses with a scheme.
    let mut from = 0;
    while let Some(at) = text.get(from..).and_then(|t| t.find("://")) {
        let colon = from + at;
        let start = scheme_start(bytes, colon);
        if let Some(start) = start {
            let end = address_end(bytes, colon + 3);
            if end > colon + 3 {
                found.push(start..end);
            }
        }
        from = colon + 3;
    }
    // `www.` at the start of a word.
    let mut from = 0;
    while let Some(at) = text.get(from..).and_then(|t| t.find("www.")) {
        let start = from + at;
        let after_word = text[..start].chars().next_back().is_some_and(is_word_char);
        let end = address_end(bytes, start + 4);
        if !after_word && end > start + 4 {
            found.push(start..end);
        }
        from = start + 4;
    }
    // E-mail addresses and handles, at each `@`.
    let mut from = 0;
    while let Some(at) = text.get(from..).and_then(|t| t.find('@')) {
        let at = from + at;
        from = at + 1;
        if let Some(mail) = email(bytes, at) {
            found.push(mail);
            continue;
        }
        let after_word = text[..at].chars().next_back().is_some_and(is_word_char);
        let end = at + 1 + run(&bytes[at + 1..], |b| b.is_ascii_alphanumeric() || b == b'_');
        if !after_word && end > at + 1 {
            found.push(at..end);
        }
    }
    // Identifiers, at each underscore between two ASCII letters or digits.
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut from = 0;
    while let Some(at) = text.get(from..).and_then(|t| t.find('_')) {
        let at = from + at;
        from = at + 1;
        let inner = at > 0
            && bytes[at - 1].is_ascii_alphanumeric()
            && bytes.get(at + 1).is_some_and(u8::is_ascii_alphanumeric);
        if inner {
            let start = at - bytes[..at].iter().rev().take_while(|&&b| ident(b)).count();
            let end = at + run(&bytes[at..], ident);
            found.push(start..end);
            from = end;
        }
    }
    found.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    for range in found {
        match out.last_mut() {
            Some(last) if range.start < last.end => last.end = last.end.max(range.end),
            _ => out.push(range),
        }
    }
}

/// Where the scheme before the `://` at `colon` starts, if a scheme is there.
fn scheme_start(bytes: &[u8], colon: usize) -> Option<usize> {
    let scheme = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.');
    let len = bytes[..colon]
        .iter()
        .rev()
        .take_while(|&&b| scheme(b))
        .count();
    let mut start = colon - len;
    // The scheme starts with a letter: `2https` is `https`.
    while start < colon && !bytes[start].is_ascii_alphabetic() {
        start += 1;
    }
    (start < colon).then_some(start)
}

/// Where a web address whose body starts at `from` ends.
fn address_end(bytes: &[u8], from: usize) -> usize {
    let body = |b: u8| b.is_ascii_graphic() && !matches!(b, b'"' | b'\'' | b'<' | b'>');
    let mut end = from + run(&bytes[from..], body);
    while end > from
        && matches!(
            bytes[end - 1],
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'}'
        )
    {
        end -= 1;
    }
    end
}

/// The e-mail address around the `@` at `at`, if there is one.
fn email(bytes: &[u8], at: usize) -> Option<Range<usize>> {
    let local = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-');
    let before = bytes[..at].iter().rev().take_while(|&&b| local(b)).count();
    let domain = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-');
    let mut end = at + 1 + run(&bytes[at + 1..], domain);
    while end > at + 1 && matches!(bytes[end - 1], b'.' | b'-') {
        end -= 1;
    }
    let host = &bytes[at + 1..end];
    let top = host.rsplit(|&b| b == b'.').next().unwrap_or_default();
    let dotted = host.contains(&b'.') && top.len() >= 2 && top.iter().all(u8::is_ascii_alphabetic);
    (before > 0 && dotted).then(|| at - before..end)
}

/// How many bytes from the start of `bytes` satisfy `keep`.
fn run(bytes: &[u8], keep: impl Fn(u8) -> bool) -> usize {
    bytes.iter().take_while(|&&b| keep(b)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` with each link in brackets.
    fn marked(text: &str) -> String {
        // Left from an earlier call: cleared.
        let mut ranges = Vec::from([0..1, 2..3]);
        links(text, &mut ranges);
        let mut out = String::new();
        let mut at = 0;
        for r in ranges {
            out.push_str(&text[at..r.start]);
            out.push('[');
            out.push_str(&text[r.clone()]);
            out.push(']');
            at = r.end;
        }
        out.push_str(&text[at..]);
        out
    }

    fn check(cases: &[(&str, &str)]) {
        for (text, want) in cases {
            assert_eq!(&marked(text), want, "in {text:?}");
        }
    }

    #[test]
    fn web_addresses() {
        check(&[
            (
                "Read https://www.example.com/news/2024/03/15/iraq.html today.",
                "Read [https://www.example.com/news/2024/03/15/iraq.html] today.",
            ),
            (
                "(see http://t.co/Jzruq4pTxp), then",
                "(see [http://t.co/Jzruq4pTxp]), then",
            ),
            ("at www.un.org/en/ and", "at [www.un.org/en/] and"),
            ("«www.bbc.co.uk»", "«[www.bbc.co.uk]»"),
            (
                "يمكنك الذهاب إلى https://www.test.com/search?q=30%25",
                "يمكنك الذهاب إلى [https://www.test.com/search?q=30%25]",
            ),
            // No scheme, or nothing after it, or `www.` inside a word: no address.
            (
                "a ratio of 3://4 and :// alone",
                "a ratio of 3://4 and :// alone",
            ),
            ("awww. that was nice", "awww. that was nice"),
            ("http:// is a scheme", "http:// is a scheme"),
        ]);
    }

    #[test]
    fn email_addresses_and_handles() {
        check(&[
            (
                "Contact press_office_2024@un.org or @UK_Foreign_Office for details.",
                "Contact [press_office_2024@un.org] or [@UK_Foreign_Office] for details.",
            ),
            (
                "mail j.doe+news@mail.example.org.",
                "mail [j.doe+news@mail.example.org].",
            ),
            // No domain with a top level: a handle after a word is no handle either.
            (
                "name@localhost and Meet @ 5pm",
                "name@localhost and Meet @ 5pm",
            ),
            ("RT @UN_News: Iraq", "RT [@UN_News]: Iraq"),
            ("x@y.2b", "x@y.2b"),
            // Words joined by underscores, with or without the `@`.
            (
                "RT @ UK_IT_Jobs # Jobs in London, see job_id_2024.",
                "RT @ [UK_IT_Jobs] # Jobs in London, see [job_id_2024].",
            ),
            // An underscore not between two letters or digits joins nothing.
            ("_Iraq_ and __ and a_ b", "_Iraq_ and __ and a_ b"),
            ("@", "@"),
            ("ends with @", "ends with @"),
        ]);
    }

    #[test]
    fn overlapping_finds_are_merged_in_order() {
        check(&[
            (
                "https://user@example.com/a then www.b.org",
                "[https://user@example.com/a] then [www.b.org]",
            ),
            ("no links here", "no links here"),
            ("", ""),
        ]);
    }
}
