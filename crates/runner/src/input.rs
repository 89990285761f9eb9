//! Reading documents: `.txt` files, `.jsonl` files, directories and stdin, as one lazy stream.
//!
//! Each document comes out as an [`Item`]: the raw fields or a located error. Nothing is read
//! ahead of need, so memory stays bounded however large the input; a bad line or file yields
//! an error item in its place and the stream goes on, so every input document is accounted
//! for in the output.

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
            InputKind::Stdin | InputKind::StdinText | InputKind::StdinJsonl => {
                "<stdin>".to_owned()
            }
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
    /// Decodes and parses a JSON Lines line: the document, or the error message naming
    /// the place with the document's own `id` when the line is JSON that has one; and the
    /// warning, if any.
    pub(crate) fn into_document(
        self,
    ) -> (
        String,
        Result<RawDocument, (String, Option<serde_json::Value>)>,
        Option<String>,
    ) {
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
            }) => match decode(bytes, lossy) {
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

/// The fields of an input document (SPEC §0); others are ignored.
pub(crate) type RawDocument = khabar::Input;

/// The stream of documents over a list of inputs.
pub(crate) struct Reader<'a> {
    inputs: std::vec::IntoIter<Input>,
    current: Option<Current>,
    stdin: &'a mut dyn BufRead,
    lossy: bool,
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
        let (text, warning) = match decode(bytes, self.lossy) {
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
        let mut buf = Vec::new();
        loop {
            buf.clear();
            let (reader, label, line, offset, first): (
                &mut dyn BufRead,
                String,
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
                    }) => (reader.as_mut(), label.clone(), line, offset, first),
                    _ => return None,
                },
                LineSource::Stdin => match &mut self.current {
                    Some(Current::StdinLines {
                        line,
                        offset,
                        first,
                    }) => (&mut *self.stdin, "<stdin>".to_owned(), line, offset, first),
                    _ => return None,
                },
            };
            let read = match reader.read_until(b'\n', &mut buf) {
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
            while let [.., b'\n' | b'\r'] = buf.as_slice() {
                buf.pop();
            }
            if bom {
                buf.drain(..3);
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue; // Blank lines hold no document.
            }
            let origin = format!("{label}:{line_number}");
            let content = Content::Line {
                bytes: buf,
                file_offset: line_offset + if bom { 3 } else { 0 },
                lossy: self.lossy,
            };
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

/// Decodes UTF-8; with `lossy`, invalid sequences become U+FFFD and the first bad byte
/// offset is returned as a warning. Without it, the error is that byte offset.
fn decode(bytes: Vec<u8>, lossy: bool) -> Result<(String, Option<usize>), usize> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok((s, None)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            if lossy {
                Ok((String::from_utf8_lossy(e.as_bytes()).into_owned(), Some(at)))
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
