//! A trained model: its readable header, its label transitions and its hashed feature
//! weights, and the byte format they are stored in.
//!
//! The file is a UTF-8 header of `key: value` lines ended by an empty line (so
//! `head -c 2000 model.bin` shows it), then the binary part, little-endian:
//! - 90 `f32` transition weights: row 0 is the start of a sequence, row `1 + p` follows
//!   label `p`; each row has one column per label, in label index order;
//! - `2^bits` buckets of 9 `i8` label weights each, bucket-major; a weight's value is the
//!   `i8` times the header's `scale`.
//!
//! The header's first line is `khabar-tagger-model: <format>`, its last `checksum: <hex>`, a
//! hash of the binary part that [`Model::from_bytes`] verifies. See [`Header`] for the
//! other keys.
//!
//! Invariant: a [`Model`] always holds exactly `2^bits * 9` weight bytes, finite
//! transitions and the labels of [`Label::ALL`], so decoding never checks bounds twice.

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::features::Templates;
use crate::labels::Label;

/// The format number written in the first header line; bumped when the layout or the
/// feature hashing changes.
pub const FORMAT: u32 = 1;

/// The key of the first header line.
pub const MAGIC: &str = "khabar-tagger-model";

/// The range of `bits` a model may have: 256 to 16M buckets.
pub const BITS: std::ops::RangeInclusive<u8> = 8..=24;

/// The header's keys besides the magic line's, each read by [`Model::from_bytes`] into its
/// own field; every other key is a setting.
pub const OWN_KEYS: [&str; 10] = [
    "templates-version",
    "templates-fingerprint",
    "bits",
    "scale",
    "labels",
    "epochs",
    "temperature",
    "checksum",
    "binary",
    "trained-on",
];

/// Rows of transition weights: the start row and one per previous label.
pub(crate) const TRANSITION_ROWS: usize = Label::COUNT + 1;

/// What a model says about itself, read from or written to its text header.
#[derive(Clone, Debug, PartialEq)]
pub struct Header {
    /// The `khabar-tagger-model:` line: the byte format, [`FORMAT`].
    pub format: u32,
    /// `templates-version:` the [`Templates::version`] the model was trained with.
    pub templates_version: u32,
    /// `templates-fingerprint:` (16 hex digits) the [`Templates::fingerprint`] the model was
    /// trained with.
    pub templates_fingerprint: u64,
    /// `bits:` the model has `2^bits` weight buckets.
    pub bits: u8,
    /// `scale:` the value of one step of a quantized weight.
    pub scale: f32,
    /// `epochs:` passes over the training data.
    pub epochs: u32,
    /// `temperature:` what path scores are divided by before the softmax of a span's
    /// confidence (see [`crate::Tagger`]); calibrated by the trainer's caller on sentences
    /// the model did not learn from, 1 when not calibrated.
    pub temperature: f32,
    /// `trained-on:` lines, one per training file: its name and a checksum the caller
    /// computed, separated by the line's last space. Percent signs, line breaks and tabs
    /// in either, and spaces in the checksum, are written `%25`, `%0A`, `%0D`, `%09`, `%20`.
    pub trained_on: Vec<(String, String)>,
    /// Every other line (training settings such as `seed:`, `sentences:`, `tokens:`), in
    /// order, as written by [`crate::train`].
    pub settings: Vec<(String, String)>,
}

/// Why a byte string is not a model this build can use.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ModelError {
    /// The bytes do not start with the magic line.
    #[error("not a khabar tagger model: it does not start with `{MAGIC}:`")]
    NotAModel,
    /// A model of another format.
    #[error("model format {found} cannot be read: this build reads format {FORMAT}")]
    Format {
        /// The format the header names.
        found: String,
    },
    /// No empty line ends the header, or it is not UTF-8.
    #[error("the model header is cut short or not UTF-8")]
    Header,
    /// A header line is not `key: value`.
    #[error("line {line} of the model header is not `key: value`")]
    Line {
        /// The 1-based line number.
        line: usize,
    },
    /// A required key is missing.
    #[error("the model header has no `{0}:` line")]
    Missing(&'static str),
    /// A key's value is malformed or out of range.
    #[error("the model header's `{key}: {value}` is not valid")]
    Value {
        /// The key.
        key: String,
        /// Its value as written.
        value: String,
    },
    /// The binary part is shorter or longer than `bits` says.
    #[error(
        "the model's binary part is {found} bytes, {expected} expected: the file is truncated or damaged"
    )]
    Length {
        /// The length `bits` implies.
        expected: usize,
        /// The length found.
        found: usize,
    },
    /// The binary part does not match the header's checksum.
    #[error("the model's weights do not match its checksum: the file is damaged")]
    Checksum,
    /// The model was trained with other templates than the ones given.
    #[error(
        "the model was trained with templates version {model_version} (fingerprint {model_fingerprint:016x}), \
         not version {version} (fingerprint {fingerprint:016x}): retrain it"
    )]
    Templates {
        /// The version in the model.
        model_version: u32,
        /// The fingerprint in the model.
        model_fingerprint: u64,
        /// The version of the templates given.
        version: u32,
        /// The fingerprint of the templates given.
        fingerprint: u64,
    },
}

/// A trained tagger model: header, transitions and weights (borrowed from `'static` bytes
/// or owned).
#[derive(Clone)]
pub struct Model {
    header: Header,
    /// `transitions[0][l]`: weight of starting with `l`; `transitions[1 + p][l]`: of `l`
    /// after `p`. Unconstrained: the decoder adds the BIO constraints.
    transitions: [[f32; Label::COUNT]; TRANSITION_ROWS],
    /// `2^bits * 9` bytes, each an `i8`.
    weights: Cow<'static, [u8]>,
    /// Tells this model's weights from any other model's in this process (a clone shares
    /// them, and the id), for what [`crate::Features`] remembers of them.
    id: u64,
}

/// A fresh [`Model::id`].
fn next_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model")
            .field("header", &self.header)
            .finish_non_exhaustive()
    }
}

impl Model {
    /// Reads a model, borrowing its weights from `bytes` (normally `include_bytes!`).
    ///
    /// Cost: parsing the header and one pass of a word-at-a-time checksum over the weights
    /// (about 0.3 ms for 2.4 MB on one core in release builds); nothing is copied.
    pub fn from_bytes(bytes: &'static [u8]) -> Result<Model, ModelError> {
        let (header, transitions, weights_at) = parse(bytes)?;
        Ok(Model {
            header,
            transitions,
            weights: Cow::Borrowed(&bytes[weights_at..]),
            id: next_id(),
        })
    }

    /// Reads a model from owned bytes (a file read at run time, a fresh training result).
    pub fn from_vec(mut bytes: Vec<u8>) -> Result<Model, ModelError> {
        let (header, transitions, weights_at) = parse(&bytes)?;
        bytes.drain(..weights_at);
        Ok(Model {
            header,
            transitions,
            weights: Cow::Owned(bytes),
            id: next_id(),
        })
    }

    /// The model's header.
    pub fn header(&self) -> &Header {
        &self.header
    }

    /// The model as bytes that [`Model::from_bytes`] reads back to an equal model.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut binary =
            Vec::with_capacity(TRANSITION_ROWS * Label::COUNT * 4 + self.weights.len());
        for row in &self.transitions {
            for weight in row {
                binary.extend_from_slice(&weight.to_le_bytes());
            }
        }
        binary.extend_from_slice(&self.weights);
        let mut bytes = write_header(&self.header, checksum(&binary)).into_bytes();
        bytes.extend_from_slice(&binary);
        bytes
    }

    /// The same model with its confidence calibrated: path scores are divided by
    /// `temperature` (finite, above 0; anything else leaves the model as it is).
    pub fn with_temperature(mut self, temperature: f32) -> Model {
        if temperature.is_finite() && temperature > 0.0 {
            self.header.temperature = temperature;
        }
        self
    }

    /// The same model with the header setting `key` (not one of the keys the header reads
    /// itself, such as `bits` or `trained-on`) set to `value`, replacing an earlier value:
    /// what the trainer's caller records of the data, such as a checksum of its examples.
    ///
    /// # Panics
    /// On a key the header reads itself (see [`OWN_KEYS`]): the header would not read back.
    pub fn with_setting(mut self, key: &str, value: &str) -> Model {
        assert!(
            !OWN_KEYS.contains(&key) && key != MAGIC,
            "`{key}` is a key of the header itself, not a setting"
        );
        match self.header.settings.iter_mut().find(|(k, _)| k == key) {
            Some(old) => old.1 = value.to_owned(),
            None => self
                .header
                .settings
                .push((key.to_owned(), value.to_owned())),
        }
        self
    }

    /// The header setting `key`, if the model has one.
    pub fn setting(&self, key: &str) -> Option<&str> {
        self.header
            .settings
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Checks that the model was trained with `templates` (same version and fingerprint).
    pub fn check_templates(&self, templates: &Templates) -> Result<(), ModelError> {
        let (version, fingerprint) = (templates.version, templates.fingerprint());
        if version == self.header.templates_version
            && fingerprint == self.header.templates_fingerprint
        {
            return Ok(());
        }
        Err(ModelError::Templates {
            model_version: self.header.templates_version,
            model_fingerprint: self.header.templates_fingerprint,
            version,
            fingerprint,
        })
    }

    /// Builds a model from training results; `weights` must hold `2^header.bits * 9` bytes.
    pub(crate) fn from_parts(
        header: Header,
        transitions: [[f32; Label::COUNT]; TRANSITION_ROWS],
        weights: Vec<u8>,
    ) -> Model {
        debug_assert_eq!(weights.len(), weight_len(header.bits));
        Model {
            header,
            transitions,
            weights: Cow::Owned(weights),
            id: next_id(),
        }
    }

    /// See [`Model::id`](Model).
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    pub(crate) fn transitions(&self) -> &[[f32; Label::COUNT]; TRANSITION_ROWS] {
        &self.transitions
    }

    /// Adds the quantized weights of `features` (ids from [`crate::Features`]) to `scores`,
    /// in units of `scale`.
    #[inline]
    pub(crate) fn add_weights(&self, features: &[u32], scores: &mut [i32; Label::COUNT]) {
        let mask = (1usize << self.header.bits) - 1;
        let weights: &[u8] = &self.weights;
        for &id in features {
            let at = (id as usize & mask) * Label::COUNT;
            // Always some: `weights` holds `(mask + 1) * 9` bytes (the invariant above).
            let row: Option<&[u8; Label::COUNT]> = weights
                .get(at..at + Label::COUNT)
                .and_then(|row| row.try_into().ok());
            if let Some(row) = row {
                for l in 0..Label::COUNT {
                    scores[l] += i32::from(row[l] as i8);
                }
            }
        }
    }
}

/// The bucket of feature id `id` in a model of `bits` bits.
pub(crate) fn bucket(id: u32, bits: u8) -> usize {
    id as usize & ((1usize << bits) - 1)
}

fn weight_len(bits: u8) -> usize {
    (1usize << bits) * Label::COUNT
}

fn labels_line() -> String {
    Label::ALL.map(Label::as_str).join(" ")
}

fn write_header(header: &Header, checksum: u64) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = writeln!(out, "{MAGIC}: {}", header.format);
    let _ = writeln!(out, "templates-version: {}", header.templates_version);
    let _ = writeln!(
        out,
        "templates-fingerprint: {:016x}",
        header.templates_fingerprint
    );
    let _ = writeln!(out, "bits: {}", header.bits);
    let _ = writeln!(out, "scale: {}", header.scale);
    let _ = writeln!(out, "labels: {}", labels_line());
    let _ = writeln!(out, "epochs: {}", header.epochs);
    let _ = writeln!(out, "temperature: {}", header.temperature);
    for (key, value) in &header.settings {
        let _ = writeln!(out, "{}: {}", escape(key, true), escape(value, false));
    }
    for (name, sum) in &header.trained_on {
        let _ = writeln!(
            out,
            "trained-on: {} {}",
            escape(name, false),
            escape(sum, true)
        );
    }
    let _ = writeln!(
        out,
        "binary: {TRANSITION_ROWS}x{} f32 transitions (start row, then one row per previous label), \
         then {}x{} i8 weights, little-endian",
        Label::COUNT,
        1usize << header.bits,
        Label::COUNT
    );
    let _ = writeln!(out, "checksum: {checksum:016x}");
    out.push('\n');
    out
}

/// Parses `bytes` into the header, the transitions and the offset of the weights.
type Parsed = (Header, [[f32; Label::COUNT]; TRANSITION_ROWS], usize);

fn parse(bytes: &[u8]) -> Result<Parsed, ModelError> {
    if !bytes.starts_with(MAGIC.as_bytes()) || bytes.get(MAGIC.len()) != Some(&b':') {
        return Err(ModelError::NotAModel);
    }
    let end = bytes
        .windows(2)
        .position(|w| w == b"\n\n")
        .ok_or(ModelError::Header)?;
    let text = std::str::from_utf8(&bytes[..end]).map_err(|_| ModelError::Header)?;
    let binary = &bytes[end + 2..];

    let mut format = None;
    let mut templates_version = None;
    let mut templates_fingerprint = None;
    let mut bits = None;
    let mut scale = None;
    let mut labels_seen = false;
    let mut epochs = None;
    let mut temperature = None;
    let mut sum = None;
    let mut trained_on = Vec::new();
    let mut settings = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let (key, value) = line
            .split_once(": ")
            .ok_or(ModelError::Line { line: n + 1 })?;
        let bad = || ModelError::Value {
            key: key.to_owned(),
            value: value.to_owned(),
        };
        match key {
            MAGIC => {
                let found = value.parse::<u32>().ok().filter(|&f| f == FORMAT);
                format = Some(found.ok_or_else(|| ModelError::Format {
                    found: value.to_owned(),
                })?);
            }
            "templates-version" => templates_version = Some(value.parse().map_err(|_| bad())?),
            "templates-fingerprint" => {
                templates_fingerprint = Some(u64::from_str_radix(value, 16).map_err(|_| bad())?);
            }
            "bits" => {
                bits = Some(
                    value
                        .parse()
                        .ok()
                        .filter(|b| BITS.contains(b))
                        .ok_or_else(bad)?,
                )
            }
            "scale" => {
                let parsed = value
                    .parse::<f32>()
                    .ok()
                    .filter(|s| s.is_finite() && *s >= 0.0);
                scale = Some(parsed.ok_or_else(bad)?);
            }
            "labels" if value == labels_line() => labels_seen = true,
            "labels" => return Err(bad()),
            "epochs" => epochs = Some(value.parse().map_err(|_| bad())?),
            "temperature" => {
                let parsed = value
                    .parse::<f32>()
                    .ok()
                    .filter(|t| t.is_finite() && *t > 0.0);
                temperature = Some(parsed.ok_or_else(bad)?);
            }
            "checksum" => sum = Some(u64::from_str_radix(value, 16).map_err(|_| bad())?),
            "binary" => (),
            "trained-on" => {
                let (name, checksum) = value.rsplit_once(' ').ok_or_else(bad)?;
                trained_on.push((
                    unescape(name).ok_or_else(bad)?,
                    unescape(checksum).ok_or_else(bad)?,
                ));
            }
            _ => settings.push((
                unescape(key).ok_or_else(bad)?,
                unescape(value).ok_or_else(bad)?,
            )),
        }
    }
    let format = format.ok_or(ModelError::NotAModel)?;
    let bits: u8 = bits.ok_or(ModelError::Missing("bits"))?;
    if !labels_seen {
        return Err(ModelError::Missing("labels"));
    }
    let header = Header {
        format,
        templates_version: templates_version.ok_or(ModelError::Missing("templates-version"))?,
        templates_fingerprint: templates_fingerprint
            .ok_or(ModelError::Missing("templates-fingerprint"))?,
        bits,
        scale: scale.ok_or(ModelError::Missing("scale"))?,
        epochs: epochs.ok_or(ModelError::Missing("epochs"))?,
        temperature: temperature.ok_or(ModelError::Missing("temperature"))?,
        trained_on,
        settings,
    };
    let sum = sum.ok_or(ModelError::Missing("checksum"))?;

    let transitions_len = TRANSITION_ROWS * Label::COUNT * 4;
    let expected = transitions_len + weight_len(bits);
    if binary.len() != expected {
        return Err(ModelError::Length {
            expected,
            found: binary.len(),
        });
    }
    if checksum(binary) != sum {
        return Err(ModelError::Checksum);
    }
    let mut transitions = [[0f32; Label::COUNT]; TRANSITION_ROWS];
    let mut chunks = binary[..transitions_len].chunks_exact(4);
    for weight in transitions.iter_mut().flatten() {
        let mut le = [0u8; 4];
        le.copy_from_slice(chunks.next().unwrap_or(&[0; 4]));
        *weight = f32::from_le_bytes(le);
        if !weight.is_finite() {
            return Err(ModelError::Value {
                key: "binary".to_owned(),
                value: "a transition weight is not finite".to_owned(),
            });
        }
    }
    Ok((header, transitions, end + 2 + transitions_len))
}

/// A fast hash of the binary part, 8 bytes at a time (multiply-rotate, as in
/// `khabar_core::WordHasher`): it only has to catch damage, not resist an adversary.
fn checksum(bytes: &[u8]) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut hash = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        hash = (hash.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
    }
    for &byte in chunks.remainder() {
        hash = (hash.rotate_left(5) ^ u64::from(byte)).wrapping_mul(K);
    }
    hash
}

/// Writes `%`, line breaks and tabs (and spaces if `spaces`) as `%XX`, so a value fits on
/// its line and a checksum has no space.
fn escape(text: &str, spaces: bool) -> Cow<'_, str> {
    let needs = |c: char| matches!(c, '%' | '\n' | '\r' | '\t') || (spaces && c == ' ');
    if !text.contains(needs) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if needs(c) {
            let _ = write!(out, "%{:02X}", c as u32);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn unescape(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let hex = rest.get(at + 1..at + 3)?;
        out.push(char::from(u8::from_str_radix(hex, 16).ok()?));
        rest = &rest[at + 3..];
    }
    out.push_str(rest);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Model {
        let header = Header {
            format: FORMAT,
            templates_version: 3,
            templates_fingerprint: 0xdead_beef,
            bits: 8,
            scale: 0.25,
            epochs: 2,
            temperature: 1.5,
            trained_on: vec![("my file%.conll".to_owned(), "sha256: 12\nab".to_owned())],
            settings: vec![("seed".to_owned(), "7".to_owned())],
        };
        let mut transitions = [[0.5f32; Label::COUNT]; TRANSITION_ROWS];
        transitions[3][4] = -1.25;
        let weights = (0..weight_len(8)).map(|i| (i % 251) as u8).collect();
        Model::from_parts(header, transitions, weights)
    }

    #[test]
    fn bytes_round_trip_and_the_header_is_readable() {
        let model = tiny();
        let bytes = model.to_bytes();
        let text = String::from_utf8_lossy(&bytes[..400]);
        assert!(
            text.starts_with("khabar-tagger-model: 1\ntemplates-version: 3\n"),
            "{text}"
        );
        assert!(
            text.contains("\ntrained-on: my file%25.conll sha256:%2012%0Aab\n"),
            "{text}"
        );
        assert!(text.contains("\nseed: 7\n"), "{text}");
        let back = Model::from_vec(bytes.clone()).expect("a valid model");
        assert_eq!(back.header(), model.header());
        assert_eq!(back.transitions(), model.transitions());
        assert_eq!(back.to_bytes(), bytes);
        let leaked: &'static [u8] = Box::leak(bytes.into_boxed_slice());
        assert_eq!(
            Model::from_bytes(leaked).expect("a valid model").header(),
            model.header()
        );
    }

    #[test]
    fn every_truncation_is_an_error() {
        let bytes = tiny().to_bytes();
        for len in 0..bytes.len() {
            assert!(
                Model::from_vec(bytes[..len].to_vec()).is_err(),
                "truncated to {len}"
            );
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(matches!(
            Model::from_vec(longer),
            Err(ModelError::Length { .. })
        ));
    }

    #[test]
    fn damage_is_a_typed_error() {
        let bytes = tiny().to_bytes();
        let header_end = bytes
            .windows(2)
            .position(|w| w == b"\n\n")
            .expect("a header")
            + 2;
        // Every byte of the binary part is covered by the checksum.
        for at in (header_end..bytes.len()).step_by(97) {
            let mut damaged = bytes.clone();
            damaged[at] ^= 0x10;
            assert_eq!(
                Model::from_vec(damaged).err(),
                Some(ModelError::Checksum),
                "byte {at}"
            );
        }
        // Every byte of the header either fails or is harmless; none panics.
        for at in 0..header_end {
            let mut damaged = bytes.clone();
            damaged[at] = damaged[at].wrapping_add(1);
            let _ = Model::from_vec(damaged);
            let mut damaged = bytes.clone();
            damaged[at] = 0xff;
            let _ = Model::from_vec(damaged);
        }
        assert_eq!(
            Model::from_vec(b"hello".to_vec()).err(),
            Some(ModelError::NotAModel)
        );
        let other_format = String::from_utf8_lossy(&bytes).replacen("model: 1", "model: 9", 1);
        assert!(matches!(
            Model::from_vec(other_format.into_bytes()),
            Err(ModelError::Format { .. })
        ));
        let bad_bits = String::from_utf8_lossy(&bytes).replacen("bits: 8", "bits: 99", 1);
        assert!(matches!(
            Model::from_vec(bad_bits.into_bytes()),
            Err(ModelError::Value { .. })
        ));
    }

    #[test]
    fn a_setting_is_written_read_back_and_replaced() {
        let model = tiny().with_setting("examples", "sha256:ab cd");
        assert_eq!(model.setting("examples"), Some("sha256:ab cd"));
        let read = Model::from_vec(model.to_bytes()).expect("reads back");
        assert_eq!(read.setting("examples"), Some("sha256:ab cd"));
        assert_eq!(read.setting("seed"), Some("7"));
        let replaced = read.with_setting("examples", "other");
        assert_eq!(replaced.setting("examples"), Some("other"));
        assert_eq!(replaced.header().settings.len(), 2);
        assert_eq!(replaced.setting("nothing"), None);
    }

    #[test]
    #[should_panic(expected = "key of the header itself")]
    fn a_setting_never_takes_a_key_of_the_header() {
        let _ = tiny().with_setting("bits", "20");
    }

    #[test]
    fn escapes_round_trip() {
        for text in [
            "",
            "plain",
            "a b",
            "100%",
            "%0A",
            "line\nbreak\r\ttab",
            "ঢাকা %",
        ] {
            assert_eq!(unescape(&escape(text, true)).as_deref(), Some(text));
            assert_eq!(unescape(&escape(text, false)).as_deref(), Some(text));
            assert!(!escape(text, true).contains([' ', '\n']));
        }
        assert_eq!(unescape("%4"), None);
        assert_eq!(unescape("%zz"), None);
    }
}
