//! Reading documents: `.txt` files, `.jsonl` files, directories and stdin, as one lazy stream.
//!
//! Each document comes out as an [`Item`]: the raw fields or a located error. Nothing is read
//! ahead of need, so memory stays bounded however large the input; a bad line or file yields
//! an error item in its place and the stream goes on, so every input document is accounted
//! for in the output.

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::{Path, PathBuf};

/// One named input: a path or `-` for stdin.
#[derive(Debug, Clone)]
pub struct Input {
    pub path: PathBuf,
    pub kind: InputKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// One document per file.
    Text,
    /// One document per line (SPEC §0).
    Jsonl,
    /// Standard input: JSON Lines when its first non-blank byte is `{`, else one text document.
    Stdin,
    /// Standard input as one text document, whatever it starts with.
    StdinText,
    /// Standard input as JSON Lines.
    StdinJsonl,
}

/// How inputs are read: by their extension (stdin by its first byte), or all alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    #[default]
    Auto,
    Text,
    Jsonl,
}

impl InputFormat {
    pub fn parse(name: &str) -> Option<InputFormat> {
        match name {
            "auto" => Some(InputFormat::Auto),
            "text" | "txt" => Some(InputFormat::Text),
            "jsonl" => Some(InputFormat::Jsonl),
            _ => None,
        }
    }

    /// The kind of a file, given what its extension says.
    fn file_kind(self, by_extension: InputKind) -> InputKind {
        match self {
            InputFormat::Auto => by_extension,
            InputFormat::Text => InputKind::Text,
            InputFormat::Jsonl => InputKind::Jsonl,
        }
    }
}

impl Input {
    /// Expands command-line paths: directories recursively (sorted, `.txt` and `.jsonl` files
    /// only), `-` as stdin, any other file by its extension (`.jsonl` or text); `format`
    /// other than `Auto` reads every input (stdin too) that way.
    pub fn expand(paths: &[PathBuf], format: InputFormat) -> io::Result<Vec<Input>> {
        let mut inputs = Vec::new();
        for path in paths {
            if path.as_os_str() == "-" {
                let kind = match format {
                    InputFormat::Auto => InputKind::Stdin,
                    InputFormat::Text => InputKind::StdinText,
                    InputFormat::Jsonl => InputKind::StdinJsonl,
                };
                inputs.push(Input {
                    path: path.clone(),
                    kind,
                });
            } else if path.is_dir() {
                let mut files = Vec::new();
                walk(path, &mut files)?;
                files.sort();
                inputs.extend(files.into_iter().filter_map(|p| {
                    let kind = match p.extension().and_then(|e| e.to_str()) {
                        Some("jsonl") => InputKind::Jsonl,
                        Some("txt") => InputKind::Text,
                        _ => return None,
                    };
                    Some(Input {
                        path: p,
                        kind: format.file_kind(kind),
                    })
                }));
            } else if path.exists() {
                let kind = if path.extension().is_some_and(|e| e == "jsonl") {
                    InputKind::Jsonl
                } else {
                    InputKind::Text
                };
                inputs.push(Input {
                    path: path.clone(),
                    kind: format.file_kind(kind),
                });
            } else {
                return Err(io::Error::new(
                    io::ErrorKind::NotFound,
                    format!("{}: no such file or directory", path.display()),
                ));
            }
        }
        Ok(inputs)
    }

    /// The input's size in bytes, when it is a file (for the progress bar).
    pub fn size(&self) -> Option<u64> {
        match self.kind {
            InputKind::Stdin | InputKind::StdinText | InputKind::StdinJsonl => None,
            _ => std::fs::metadata(&self.path).ok().map(|m| m.len()),
        }
    }

    fn label(&self) -> String {
        match self.kind {
            InputKind::Stdin | InputKind::StdinText | InputKind::StdinJsonl => "<stdin>".to_owned(),
            _ => self.path.display().to_string(),
        }
    }
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}

/// One document as read, before it is prepared.
#[derive(Debug)]
pub(crate) struct Item {
    /// `file` or `file:line`, for messages.
    pub origin: String,
    pub result: Result<Content, String>,
    /// A warning to print even though the document was read (lossy UTF-8 replacement).
    pub warning: Option<String>,
}

/// What the reader hands on: a whole text document, or a JSON Lines line still to decode
/// and parse, so that the work proportional to the input runs on the worker threads and
/// the reading thread only splits lines.
#[derive(Debug)]
pub(crate) enum Content {
    Document(RawDocument),
    Line {
        /// The line without its end of line (and, on a first line, without a BOM).
        bytes: Vec<u8>,
        /// Where the line starts in its file, for UTF-8 error messages.
        file_offset: u64,
        lossy: bool,
    },
}

impl Content {
    /// An upper bound of the document's text length, for batch sizes.
    pub(crate) fn len(&self) -> usize {
        match self {
            Content::Document(d) => d.text.len(),
            Content::Line { bytes, .. } => bytes.len(),
        }
    }
}

impl Item {
    /// The bytes of its input (0 for an item that failed to be read), for the bound on
    /// what is under way.
    pub(crate) fn len(&self) -> usize {
        self.result.as_ref().map_or(0, Content::len)
    }

    /// Decodes and parses a JSON Lines line: the document, or the error message naming
    /// the place with the document's own `id` when the line is JSON that has one; and the
    /// warning, if any.
    pub(crate) fn into_document(self) -> (String, Result<RawDocument, Unread>, Option<String>) {
        let Item {
            origin,
            result,
            mut warning,
        } = self;
        let result = match result {
            Err(message) => Err((message, None)),
            Ok(Content::Document(document)) => Ok(document),
            Ok(Content::Line {
                bytes,
                file_offset,
                lossy,
            }) => match decode(&bytes, lossy) {
                Err(at) => Err((
                    format!(
                        "{origin}: invalid UTF-8 at byte {} of the file (use --lossy to replace it)",
                        file_offset + at as u64
                    ),
                    None,
                )),
                Ok((text, replaced)) => {
                    if let Some(at) = replaced {
                        warning = Some(format!(
                            "{origin}: invalid UTF-8 at byte {} of the file replaced with U+FFFD",
                            file_offset + at as u64
                        ));
                    }
                    parse_document(&text).map_err(|(column, message)| {
                        (
                            format!("{origin}:{column}: malformed document: {message}"),
                            own_id(&text),
                        )
                    })
                }
            },
        };
        (origin, result, warning)
    }
}

/// Why a document could not be read: the message naming the place, and the document's own
/// `id` when the line is JSON that has one.
pub(crate) type Unread = (String, Option<serde_json::Value>);

/// The fields of an input document (SPEC §0); others are ignored.
pub(crate) type RawDocument = khabar::Input;

/// The stream of documents over a list of inputs.
pub(crate) struct Reader<'a> {
    inputs: std::vec::IntoIter<Input>,
    current: Option<Current>,
    stdin: &'a mut dyn BufRead,
    lossy: bool,
    /// The line being read; each document gets an exact copy of its own line.
    line: Vec<u8>,
}

enum Current {
    Lines {
        label: String,
        reader: Box<dyn BufRead + 'static>,
        line: usize,
        offset: u64,
        first: bool,
    },
    StdinLines {
        line: usize,
        offset: u64,
        first: bool,
    },
}

impl<'a> Reader<'a> {
    pub(crate) fn new(inputs: Vec<Input>, stdin: &'a mut dyn BufRead, lossy: bool) -> Reader<'a> {
        Reader {
            inputs: inputs.into_iter(),
            current: None,
            stdin,
            lossy,
            line: Vec::new(),
        }
    }

    fn item(
        &mut self,
        origin: String,
        result: Result<Content, String>,
        warning: Option<String>,
    ) -> Item {
        Item {
            origin,
            result,
            warning,
        }
    }

    /// Reads one whole text document.
    fn text_document(&mut self, label: String, bytes: io::Result<Vec<u8>>) -> Item {
        let bytes = match bytes {
            Ok(b) => b,
            Err(e) => {
                return self.item(
                    label.clone(),
                    Err(format!("{label}: cannot read: {e}")),
                    None,
                );
            }
        };
        // A whole file's text is validated once, as it is moved into its string; only
        // invalid bytes take the line's path.
        let decoded = match String::from_utf8(bytes) {
            Ok(text) => Ok((text, None)),
            Err(e) => decode(e.as_bytes(), self.lossy).map(|(text, at)| (text.into_owned(), at)),
        };
        let (text, warning) = match decoded {
            Ok(decoded) => decoded,
            Err(offset) => {
                let message =
                    format!("{label}: invalid UTF-8 at byte {offset} (use --lossy to replace it)");
                return self.item(label, Err(message), None);
            }
        };
        let warning = warning.map(|offset| {
            format!("{label}: invalid UTF-8 from byte {offset} replaced with U+FFFD")
        });
        let text = strip_bom(text);
        let document = RawDocument {
            text,
            id: Some(serde_json::Value::String(label.clone())),
            lang: None,
            reference_date: None,
            prefer: None,
        };
        self.item(label, Ok(Content::Document(document)), warning)
    }

    /// Reads the next JSON Lines document from `reader`, or `None` at its end.
    fn next_line(&mut self, source: LineSource) -> Option<Item> {
        let lossy = self.lossy;
        let buf = &mut self.line;
        let (reader, label, line, offset, first): (
            &mut dyn BufRead,
            &str,
            &mut usize,
            &mut u64,
            &mut bool,
        ) = match source {
            LineSource::File => match &mut self.current {
                Some(Current::Lines {
                    label,
                    reader,
                    line,
                    offset,
                    first,
                }) => (reader.as_mut(), label, line, offset, first),
                _ => return None,
            },
            LineSource::Stdin => match &mut self.current {
                Some(Current::StdinLines {
                    line,
                    offset,
                    first,
                }) => (&mut *self.stdin, "<stdin>", line, offset, first),
                _ => return None,
            },
        };
        loop {
            buf.clear();
            let read = match reader.read_until(b'\n', buf) {
                Ok(0) => return None,
                Ok(n) => n,
                Err(e) => {
                    *line += 1;
                    let origin = format!("{label}:{line}");
                    let message = format!("{origin}: cannot read: {e}");
                    // A failing reader will not recover; end this input after reporting.
                    self.current = None;
                    return Some(self.item(origin, Err(message), None));
                }
            };
            *line += 1;
            let line_number = *line;
            let line_offset = *offset;
            *offset += read as u64;
            let bom = *first && buf.starts_with(b"\xEF\xBB\xBF");
            *first = false;
            let mut end = buf.len();
            while let [.., b'\n' | b'\r'] = &buf[..end] {
                end -= 1;
            }
            let start = if bom { 3 } else { 0 };
            let bytes = buf.get(start..end).unwrap_or_default();
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue; // Blank lines hold no document.
            }
            let content = Content::Line {
                bytes: bytes.to_vec(),
                file_offset: line_offset + start as u64,
                lossy,
            };
            let origin = format!("{label}:{line_number}");
            return Some(self.item(origin, Ok(content), None));
        }
    }
}

/// Which line reader [`Reader::next_line`] reads from.
#[derive(Clone, Copy)]
enum LineSource {
    File,
    Stdin,
}

impl Iterator for Reader<'_> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            match &self.current {
                Some(Current::Lines { .. }) => {
                    if let Some(item) = self.next_line(LineSource::File) {
                        return Some(item);
                    }
                    self.current = None;
                }
                Some(Current::StdinLines { .. }) => {
                    if let Some(item) = self.next_line(LineSource::Stdin) {
                        return Some(item);
                    }
                    self.current = None;
                }
                None => {}
            }
            let input = self.inputs.next()?;
            let label = input.label();
            match input.kind {
                InputKind::Text => {
                    let bytes = std::fs::read(&input.path);
                    return Some(self.text_document(label, bytes));
                }
                InputKind::Jsonl => match File::open(&input.path) {
                    Ok(file) => {
                        let reader: Box<dyn BufRead> =
                            Box::new(BufReader::with_capacity(1 << 16, file));
                        self.current = Some(Current::Lines {
                            label,
                            reader,
                            line: 0,
                            offset: 0,
                            first: true,
                        });
                    }
                    Err(e) => {
                        return Some(self.item(
                            label.clone(),
                            Err(format!("{label}: cannot read: {e}")),
                            None,
                        ));
                    }
                },
                InputKind::Stdin | InputKind::StdinText | InputKind::StdinJsonl => {
                    // Peek without consuming: JSON Lines start with `{` after any blank or BOM.
                    let is_jsonl = match input.kind {
                        InputKind::StdinText => false,
                        InputKind::StdinJsonl => true,
                        _ => match self.stdin.fill_buf() {
                            Ok(buf) => {
                                let buf = buf.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(buf);
                                buf.iter()
                                    .find(|b| !b.is_ascii_whitespace())
                                    .is_none_or(|&b| b == b'{')
                            }
                            Err(_) => true,
                        },
                    };
                    if is_jsonl {
                        self.current = Some(Current::StdinLines {
                            line: 0,
                            offset: 0,
                            first: true,
                        });
                    } else {
                        let mut bytes = Vec::new();
                        let result = self.stdin.read_to_end(&mut bytes).map(|_| bytes);
                        return Some(self.text_document(label, result));
                    }
                }
            }
        }
    }
}

/// Parses one JSON Lines document; the error is a 1-based column and a message.
fn parse_document(line: &str) -> Result<RawDocument, (usize, String)> {
    // serde would also accept an array as a struct (fields by position); a document is an
    // object, so say so rather than read `["a", "b"]` as text "a" with id "b".
    let first = line.char_indices().find(|(_, c)| !c.is_whitespace());
    if let Some((at, c)) = first
        && c != '{'
    {
        return Err((
            line[..at].chars().count() + 1,
            "expected a JSON object".to_owned(),
        ));
    }
    serde_json::from_str(line).map_err(|e| (e.column(), strip_position(&e.to_string()).to_owned()))
}

/// The `id` of a line that is a JSON object but not a valid document (a field of the wrong
/// type, no `text`), so that its error record still names it.
fn own_id(line: &str) -> Option<serde_json::Value> {
    match serde_json::from_str::<serde_json::Value>(line) {
        Ok(serde_json::Value::Object(mut fields)) => fields.remove("id"),
        _ => None,
    }
}

/// Decodes UTF-8, borrowing `bytes` when they are valid (checked with SIMD: the plain check
/// of every line cost more than 1% of a run on Arabic and Bengali). Invalid bytes are the
/// error, the offset of the first one; with `lossy`, they become U+FFFD and that offset is
/// returned beside the text, for a warning.
fn decode(bytes: &[u8], lossy: bool) -> Result<(Cow<'_, str>, Option<usize>), usize> {
    match simdutf8::compat::from_utf8(bytes) {
        Ok(text) => Ok((Cow::Borrowed(text), None)),
        Err(e) => {
            let at = e.valid_up_to();
            if lossy {
                Ok((String::from_utf8_lossy(bytes), Some(at)))
            } else {
                Err(at)
            }
        }
    }
}

fn strip_bom(text: String) -> String {
    match text.strip_prefix('\u{FEFF}') {
        Some(rest) => rest.to_owned(),
        None => text,
    }
}

/// serde_json appends " at line L column C"; the caller already names the place.
fn strip_position(message: &str) -> &str {
    message
        .rfind(" at line ")
        .map_or(message, |i| &message[..i])
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::{Input, InputFormat, InputKind, RawDocument, Reader};

    /// What one item turns into after decoding: origin, document or error, warning.
    type Read = (String, Result<RawDocument, String>, Option<String>);

    /// Reads every item of `inputs`, with `stdin` as standard input, and decodes it.
    fn read_all(inputs: Vec<Input>, stdin: &[u8], lossy: bool) -> Vec<Read> {
        let mut stdin = stdin;
        Reader::new(inputs, &mut stdin, lossy)
            .map(|item| {
                let (origin, result, warning) = item.into_document();
                (origin, result.map_err(|(message, _)| message), warning)
            })
            .collect()
    }

    fn stdin_only() -> Vec<Input> {
        vec![Input {
            path: PathBuf::from("-"),
            kind: InputKind::Stdin,
        }]
    }

    /// The document of a read item, or a panic naming its error.
    #[track_caller]
    fn document(read: &Read) -> &RawDocument {
        match &read.1 {
            Ok(document) => document,
            Err(message) => panic!("expected a document from {}, got {message}", read.0),
        }
    }

    /// The error of a read item, or a panic.
    #[track_caller]
    fn error(read: &Read) -> &str {
        match &read.1 {
            Ok(document) => panic!("expected an error from {}, got {document:?}", read.0),
            Err(message) => message,
        }
    }

    /// A directory of its own under the system's temp directory, removed when dropped.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new(name: &str) -> TempDir {
            let dir = std::env::temp_dir()
                .join(format!("khabar-runner-input-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).expect("the temp dir is created");
            TempDir(dir)
        }

        /// Writes `bytes` to `name` in the directory and returns its path.
        fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
            let path = self.0.join(name);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).expect("the parent dir is created");
            }
            std::fs::write(&path, bytes).expect("the temp file is written");
            path
        }

        fn path(&self) -> &Path {
            &self.0
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn a_json_lines_line_with_every_field() {
        let line = br#"{"text": "Rome, 5 May", "id": 7, "lang": "en", "reference_date": "2021-06-29", "prefer": "future", "other": true}"#;
        let read = read_all(stdin_only(), line, false);
        assert_eq!(read.len(), 1);
        assert_eq!(read[0].0, "<stdin>:1");
        assert_eq!(read[0].2, None);
        let doc = document(&read[0]);
        assert_eq!(doc.text, "Rome, 5 May");
        assert_eq!(doc.id, Some(serde_json::json!(7)));
        assert_eq!(doc.lang.as_deref(), Some("en"));
        assert_eq!(doc.reference_date.as_deref(), Some("2021-06-29"));
        assert_eq!(doc.prefer.as_deref(), Some("future"));
    }

    #[test]
    fn blank_lines_are_skipped_but_counted() {
        let read = read_all(
            stdin_only(),
            b"{\"text\": \"a\"}\n\n  \t\r\n{\"text\": \"b\"}\r\n",
            false,
        );
        let got: Vec<(&str, &str)> = read
            .iter()
            .map(|r| (r.0.as_str(), document(r).text.as_str()))
            .collect();
        assert_eq!(got, [("<stdin>:1", "a"), ("<stdin>:4", "b")]);
    }

    #[test]
    fn a_malformed_line_names_file_line_and_column() {
        let dir = TempDir::new("malformed");
        let path = dir.file(
            "docs.jsonl",
            b"{\"text\": \"fine\"}\n\n{\"text\": 5}\n[\"a\", \"b\"]\n{\"id\": 1}\n{\"text\": \"still read\"}\n",
        );
        let inputs =
            Input::expand(std::slice::from_ref(&path), InputFormat::Auto).expect("the file exists");
        assert_eq!(inputs.len(), 1);
        assert_eq!(inputs[0].kind, InputKind::Jsonl);
        let read = read_all(inputs, b"", false);
        let file = path.display().to_string();
        assert_eq!(read.len(), 5);
        assert_eq!(document(&read[0]).text, "fine");
        // Line 2 is blank; the column is serde's, here that of the `5`.
        assert_eq!(
            error(&read[1]),
            format!(
                "{file}:3:10: malformed document: invalid type: integer `5`, expected a string"
            )
        );
        assert_eq!(
            error(&read[2]),
            format!("{file}:4:1: malformed document: expected a JSON object")
        );
        assert_eq!(
            error(&read[3]),
            format!("{file}:5:9: malformed document: missing field `text`")
        );
        // A bad line does not end its file.
        assert_eq!(read[4].0, format!("{file}:6"));
        assert_eq!(document(&read[4]).text, "still read");
    }

    #[test]
    fn invalid_utf8_in_a_line_names_its_byte_in_the_file() {
        // The bad byte is at 10 in the third line, which starts at byte 15 of the input.
        let input = b"{\"text\": \"a\"}\n\n{\"text\": \"\xff\"}\n";
        let read = read_all(stdin_only(), input, false);
        assert_eq!(read.len(), 2);
        assert_eq!(
            error(&read[1]),
            "<stdin>:3: invalid UTF-8 at byte 25 of the file (use --lossy to replace it)"
        );
        let read = read_all(stdin_only(), input, true);
        assert_eq!(document(&read[1]).text, "\u{FFFD}");
        assert_eq!(
            read[1].2.as_deref(),
            Some("<stdin>:3: invalid UTF-8 at byte 25 of the file replaced with U+FFFD")
        );
        assert_eq!(read[0].2, None);
    }

    #[test]
    fn invalid_utf8_in_a_text_file_names_its_byte() {
        let dir = TempDir::new("utf8");
        let path = dir.file("bad.txt", b"caf\xe9 au lait");
        let file = path.display().to_string();
        let inputs = vec![Input {
            path: path.clone(),
            kind: InputKind::Text,
        }];
        let read = read_all(inputs.clone(), b"", false);
        assert_eq!(read.len(), 1);
        assert_eq!(
            error(&read[0]),
            format!("{file}: invalid UTF-8 at byte 3 (use --lossy to replace it)")
        );
        let read = read_all(inputs, b"", true);
        assert_eq!(document(&read[0]).text, "caf\u{FFFD} au lait");
        assert_eq!(
            read[0].2,
            Some(format!(
                "{file}: invalid UTF-8 from byte 3 replaced with U+FFFD"
            ))
        );
    }

    #[test]
    fn a_bom_is_stripped_from_the_first_line_only() {
        let input = b"\xEF\xBB\xBF{\"text\": \"a\"}\n\xEF\xBB\xBF{\"text\": \"b\"}\n";
        let read = read_all(stdin_only(), input, false);
        assert_eq!(read.len(), 2);
        assert_eq!(document(&read[0]).text, "a");
        // Later in the file a BOM is a character before the object.
        assert_eq!(
            error(&read[1]),
            "<stdin>:2:1: malformed document: expected a JSON object"
        );
        // A BOM counts in the byte offsets after it.
        let read = read_all(stdin_only(), b"\xEF\xBB\xBF{\"text\": \"\xff\"}", false);
        assert_eq!(
            error(&read[0]),
            "<stdin>:1: invalid UTF-8 at byte 13 of the file (use --lossy to replace it)"
        );
        // And from a text document.
        let read = read_all(stdin_only(), b"\xEF\xBB\xBFplain text", false);
        assert_eq!(document(&read[0]).text, "plain text");
    }

    #[test]
    fn stdin_is_json_lines_when_it_starts_with_a_brace() {
        let read = read_all(
            stdin_only(),
            b"\n  {\"text\": \"a\"}\n{\"text\": \"b\"}",
            false,
        );
        let texts: Vec<&str> = read.iter().map(|r| document(r).text.as_str()).collect();
        assert_eq!(texts, ["a", "b"]);
        assert_eq!(read[0].0, "<stdin>:2");

        let read = read_all(stdin_only(), b"Rome\n{\"text\": \"b\"}\n", false);
        assert_eq!(read.len(), 1);
        assert_eq!(read[0].0, "<stdin>");
        let doc = document(&read[0]);
        assert_eq!(doc.text, "Rome\n{\"text\": \"b\"}\n");
        assert_eq!(doc.id, Some(serde_json::json!("<stdin>")));
        assert_eq!(doc.lang, None);

        // Empty stdin holds no document.
        assert!(read_all(stdin_only(), b"", false).is_empty());
    }

    #[test]
    fn directories_expand_to_sorted_txt_and_jsonl_files() {
        let dir = TempDir::new("expand");
        let b = dir.file("b.txt", b"second");
        let a = dir.file("a.jsonl", b"{\"text\": \"first\"}\n");
        let c = dir.file("sub/c.txt", b"third");
        dir.file("notes.md", b"skipped");
        let inputs =
            Input::expand(&[dir.path().to_owned()], InputFormat::Auto).expect("the dir exists");
        let got: Vec<(&Path, InputKind)> =
            inputs.iter().map(|i| (i.path.as_path(), i.kind)).collect();
        assert_eq!(
            got,
            [
                (a.as_path(), InputKind::Jsonl),
                (b.as_path(), InputKind::Text),
                (c.as_path(), InputKind::Text)
            ]
        );
        let read = read_all(inputs, b"", false);
        let got: Vec<(String, &str)> = read
            .iter()
            .map(|r| (r.0.clone(), document(r).text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (format!("{}:1", a.display()), "first"),
                (b.display().to_string(), "second"),
                (c.display().to_string(), "third"),
            ]
        );

        let missing = dir.path().join("missing.txt");
        let err = Input::expand(std::slice::from_ref(&missing), InputFormat::Auto)
            .expect_err("a missing path is an error");
        assert_eq!(
            err.to_string(),
            format!("{}: no such file or directory", missing.display())
        );
    }

    #[test]
    fn a_forced_format_reads_stdin_that_way() {
        let forced =
            |format| Input::expand(&[PathBuf::from("-")], format).expect("stdin needs no file");
        // A text article that happens to start with `{` is one document with --input-format text.
        let read = read_all(
            forced(InputFormat::Text),
            b"{braces} open the article.\n",
            false,
        );
        assert_eq!(read.len(), 1);
        assert_eq!(
            read[0].1.as_ref().map(|d| d.text.as_str()),
            Ok("{braces} open the article.\n")
        );
        // And JSON Lines that do not start with `{` are still read as lines with jsonl.
        let read = read_all(
            forced(InputFormat::Jsonl),
            b"\n[1]\n{\"text\":\"a\"}\n",
            false,
        );
        assert_eq!(read.len(), 2);
        assert!(
            read[0]
                .1
                .as_ref()
                .is_err_and(|m| m.contains("expected a JSON object"))
        );
        assert!(read[1].1.is_ok());
    }

    #[test]
    fn a_json_line_that_is_no_document_keeps_its_id() {
        let mut stdin: &[u8] = b"{\"id\":\"a7\",\"text\":5}\n{\"id\":9}\nnot json\n";
        let ids: Vec<Option<serde_json::Value>> = Reader::new(stdin_only(), &mut stdin, false)
            .map(|item| item.into_document().1.err().and_then(|(_, id)| id))
            .collect();
        assert_eq!(
            ids,
            [
                Some(serde_json::json!("a7")),
                Some(serde_json::json!(9)),
                None
            ]
        );
    }
}
