//! Feature extraction: the templates a language plugin fills, the tokens the caller passes,
//! and [`Features`], the reusable buffer of hashed feature ids per token the tagger and the
//! trainer read.
//!
//! Every feature is a 32-bit id: a hash of the template's tag, the offset it looks at and
//! the value found there (see `hash.rs`). The model folds ids into its buckets; ids do not
//! depend on the model. Strings are hashed as they are read (lowercased char by char when
//! the templates ask). What depends on a word alone (its shape, affixes, stem, classes) is
//! read once per word and remembered across sequences, up to a bound; the features of a
//! sequence are then the remembered ones plus those of each word's neighbours. Computing
//! features allocates only for a word not seen lately, once the buffers have grown.
//!
//! Decoding needs only each token's label scores, the sums of its features' weights. A
//! token's features are those each word around it gives at its offset (`push_word_at`:
//! identity, shape, stem, classes, and the word-local ones) plus those of the context
//! (`push_context`: conjunctions, shape pairs, extras); [`Features::score`] remembers each
//! word's sums per offset with the word, for one model at a time, and looks up only the
//! context's weights per token.

use crate::hash::{Fnv, combine, tag};
use crate::labels::Label;
use crate::model::Model;

/// What a language's feature set is made of: plain `'static` data, normally a `const` in
/// the language plugin.
///
/// A trained model is only valid with the templates it was trained with: the model's header
/// records [`Templates::version`] and [`Templates::fingerprint`], and
/// [`crate::Model::check_templates`] compares them.
#[derive(Clone, Copy, Debug)]
pub struct Templates {
    /// Bumped by the plugin whenever its templates change.
    pub version: u32,
    /// Word identity features at offsets `-window..=window`.
    pub window: u8,
    /// Compare words lowercased (for scripts with case), in every feature but the shapes.
    pub lowercase: bool,
    /// Conjunctions of the word with each neighbour (`New` before `York` is not `New`
    /// before `deal`).
    pub conjunctions: bool,
    /// Case and shape features of the word and its neighbours: `Xx`, `XX`, `x`, `d`, mixed,
    /// uncased letters, punctuation, the collapsed shape (`Xx.X`), has-digit,
    /// sentence-initial.
    pub shape: bool,
    /// Char prefixes of the current word of these lengths.
    pub prefix_lengths: &'static [u8],
    /// Char suffixes of the current word of these lengths.
    pub suffix_lengths: &'static [u8],
    /// Proclitics (Arabic `و` `ف` `ب` `ل` `ال` `وال`…): the longest one the word starts with,
    /// if at least two chars remain, gives two features, the rest of the word and the
    /// prefix itself.
    pub strip_prefixes: &'static [&'static str],
    /// Endings (Bengali `ের` `র` `এর` `কে`…), likewise at the end of the word.
    pub strip_suffixes: &'static [&'static str],
    /// With [`Templates::strip_prefixes`] or [`Templates::strip_suffixes`]: the conjunction
    /// of the word's stem with the previous word's stem. Like the word conjunctions, it
    /// reads a weight row from all over the table at every token, about a tenth of the
    /// tagger's time.
    pub stem_pairs: bool,
    /// Named word lists (trigger words, titles, verbs of saying…): a word in a list gives
    /// the feature "list at offset k" to the tokens at offsets `k` in `-2..=2` from it.
    /// Words are single tokens, compared lowercased if [`Templates::lowercase`]; at most 64
    /// lists are read.
    pub classes: &'static [(&'static str, &'static [&'static str])],
}

impl Templates {
    /// A hash of every field, written into a model's header so that templates changed
    /// without a version bump are caught too.
    pub fn fingerprint(&self) -> u64 {
        let mut h = Fnv::new()
            .bytes(&self.version.to_le_bytes())
            .bytes(&[
                self.window,
                u8::from(self.lowercase),
                u8::from(self.shape),
                u8::from(self.conjunctions),
                0xff,
            ])
            .bytes(self.prefix_lengths)
            .byte(0xff)
            .bytes(self.suffix_lengths)
            .byte(0xff);
        for list in [self.strip_prefixes, self.strip_suffixes] {
            for affix in list {
                h = h.bytes(affix.as_bytes()).byte(0);
            }
            h = h.byte(0xff);
        }
        for (name, words) in self.classes {
            h = h.bytes(name.as_bytes()).byte(1);
            for word in *words {
                h = h.bytes(word.as_bytes()).byte(0);
            }
        }
        // Fields added since the first models are hashed only when they differ from what
        // the models before them did, so that those models still match.
        if !self.stem_pairs {
            h = h.bytes(b"no stem pairs");
        }
        h.finish()
    }
}

/// One token as the tagger sees it: its text and the ids of features the caller computed
/// (for example the gazetteer's hits on it, `feature_id("gaz:location:country:B")`).
#[derive(Clone, Copy, Debug)]
pub struct Token<'a> {
    /// The token's text, one of the ranges [`crate::segment`] gives.
    pub text: &'a str,
    /// Caller-supplied feature ids, read at offsets -1, 0 and +1.
    pub extra: &'a [u32],
}

/// The id of a caller-supplied feature named `name`: a fixed hash, the same on every
/// platform and in every run.
pub fn feature_id(name: &str) -> u32 {
    Fnv::new().bytes(name.as_bytes()).finish() as u32
}

/// The hashed feature ids of every token of a sequence, in one flat buffer reused from one
/// sequence to the next.
///
/// Invariant: after [`Features::compute`] over `n` tokens, `starts` holds `n + 1`
/// nondecreasing offsets into `ids`, the first `0` and the last `ids.len()`; token `i`'s
/// features are `ids[starts[i]..starts[i + 1]]`.
#[derive(Debug, Default)]
pub struct Features {
    ids: Vec<u32>,
    starts: Vec<u32>,
    words: Vec<WordInfo>,
    /// Per token of the sequence, its word-local features: a range of `local_ids`.
    locals: Vec<(u32, u32)>,
    class_index: ClassIndex,
    /// What was read from each word seen lately (its [`WordInfo`] and word-local feature
    /// ids), so that a frequent word is read once, not at every occurrence. Invariant: valid
    /// only for the templates `cache_for` names; cleared when they change or it grows past
    /// [`CACHE_WORDS`].
    cache: crate::cache::WordCache<(WordInfo, (u32, u32), u32)>,
    local_ids: Vec<u32>,
    cache_for: Option<TemplatesKey>,
    /// Per remembered word, from its third field: its sums at each offset of
    /// [`Features::score`] for the model `scored_for` names ([`NO_SUMS`] until needed).
    word_sums: Vec<[i32; Label::COUNT]>,
    /// The model `word_sums` was computed for.
    scored_for: Option<u64>,
    /// Per token of the last [`Features::score`]: where its word's sums start.
    sums_at: Vec<u32>,
    /// Per token of the last [`Features::score`]: its label scores.
    scores: Vec<[i32; Label::COUNT]>,
    /// [`Features::score`]'s buffers, kept for the next sequence: one group of feature ids,
    /// and the sums per offset of what lies beyond the sequence's ends. Invariant: `edges`
    /// is empty or holds those sums for the model `scored_for` names and the templates
    /// `cache_for` names (cleared with the remembered words).
    group: Vec<u32>,
    edges: Vec<[i32; Label::COUNT]>,
}

/// A remembered word whose sums [`Features::score`] has not computed yet.
const NO_SUMS: u32 = u32::MAX;

/// The most words [`Features`] remembers before it forgets them all.
const CACHE_WORDS: usize = 1 << 14;

/// Identifies a templates value cheaply: its scalar fields, and its lists by address and
/// length (they are `'static`, so the same address and length is the same content).
type TemplatesKey = (u32, u8, bool, bool, bool, [(usize, usize); 5]);

fn templates_key(t: &Templates) -> TemplatesKey {
    (
        t.version,
        t.window,
        t.lowercase,
        t.conjunctions,
        t.shape,
        [
            (t.prefix_lengths.as_ptr() as usize, t.prefix_lengths.len()),
            (t.suffix_lengths.as_ptr() as usize, t.suffix_lengths.len()),
            (t.strip_prefixes.as_ptr() as usize, t.strip_prefixes.len()),
            (t.strip_suffixes.as_ptr() as usize, t.strip_suffixes.len()),
            (t.classes.as_ptr() as usize, t.classes.len()),
        ],
    )
}

impl Features {
    /// An empty buffer.
    pub fn new() -> Features {
        Features::default()
    }

    /// The number of tokens of the last sequence computed.
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// True if the last sequence computed had no token.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The feature ids of token `i`.
    ///
    /// # Panics
    /// If `i >= self.len()`.
    pub fn token(&self, i: usize) -> &[u32] {
        &self.ids[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    /// Computes the features of `tokens` under `templates`, replacing the previous sequence.
    pub fn compute(&mut self, templates: &Templates, tokens: &[Token<'_>]) {
        self.begin(templates);
        for (i, token) in tokens.iter().enumerate() {
            let (mut info, local, _) = self.remember(templates, token.text);
            info.sentence_initial = sentence_initial(tokens, i);
            self.words.push(info);
            self.locals.push(local);
        }
        self.starts.push(0);
        for i in 0..tokens.len() {
            self.push_token(templates, tokens, i);
            self.starts.push(self.ids.len() as u32);
        }
    }

    fn push_token(&mut self, templates: &Templates, tokens: &[Token<'_>], i: usize) {
        let reach = reach(templates);
        for k in -reach..=reach {
            let word = i.checked_add_signed(k).and_then(|j| self.words.get(j));
            let locals = match (k, self.locals.get(i)) {
                (0, Some(&(from, to))) => &self.local_ids[from as usize..to as usize],
                _ => &[],
            };
            push_word_at(templates, k, word, locals, &mut |h| self.ids.push(h as u32));
        }
        push_context(templates, tokens, &self.words, i, &mut |h| {
            self.ids.push(h as u32);
        });
    }

    /// The label scores of every token of `tokens` under `model`: the sums of the weights of
    /// the features [`Features::compute`] gives, without listing them all. What a word gives
    /// the tokens around it at each offset depends on the word alone, so its sum is kept
    /// with the word's other remembered readings (for one model at a time) and only the
    /// features of a token's context are looked up each time.
    ///
    /// Invariant: `self.scores[i]` equals the sum over `compute`'s features of token `i` of
    /// `model`'s weights (integer sums, so the order does not matter); tested against it.
    pub(crate) fn score(&mut self, templates: &Templates, model: &Model, tokens: &[Token<'_>]) {
        let reach = reach(templates);
        if self.scored_for != Some(model.id()) {
            // The remembered sums are another model's.
            self.forget();
            self.scored_for = Some(model.id());
        }
        self.begin(templates);
        // The ids of one group of features, weighed then dropped.
        let mut group = std::mem::take(&mut self.group);
        for (i, token) in tokens.iter().enumerate() {
            let (mut info, (from, to), mut sums_at) = self.remember(templates, token.text);
            if sums_at == NO_SUMS {
                // The word's first sequence under this model: its sums per offset.
                sums_at = self.word_sums.len() as u32;
                let locals = &self.local_ids[from as usize..to as usize];
                for k in -reach..=reach {
                    group.clear();
                    push_word_at(templates, k, Some(&info), locals, &mut |h| {
                        group.push(h as u32)
                    });
                    self.word_sums.push(weighed(model, &group));
                }
                if let Some(entry) = self.cache.get_mut(token.text) {
                    entry.2 = sums_at;
                }
            }
            info.sentence_initial = sentence_initial(tokens, i);
            self.words.push(info);
            self.sums_at.push(sums_at);
        }
        // What lies beyond either end, per offset: the same for every sequence, so weighed
        // once for the model and templates of the remembered words (`forget` clears it).
        let mut edges = std::mem::take(&mut self.edges);
        if edges.is_empty() {
            for k in -reach..=reach {
                group.clear();
                push_word_at(templates, k, None, &[], &mut |h| group.push(h as u32));
                edges.push(weighed(model, &group));
            }
        }
        self.group = group;
        // The context features of every token first, then their weights: the weight rows
        // are scattered over a table bigger than the cache, and loads with no hashing
        // between them are many at once in flight.
        self.ids.clear();
        self.starts.clear();
        self.starts.push(0);
        for i in 0..tokens.len() {
            let ids = &mut self.ids;
            push_context(templates, tokens, &self.words, i, &mut |h| {
                ids.push(h as u32)
            });
            self.starts.push(self.ids.len() as u32);
        }
        for i in 0..tokens.len() {
            let mut sums = [0i32; Label::COUNT];
            for (n, k) in (-reach..=reach).enumerate() {
                let from = match i.checked_add_signed(k).and_then(|j| self.sums_at.get(j)) {
                    Some(&at) => self.word_sums.get(at as usize + n),
                    None => edges.get(n),
                };
                if let Some(word) = from {
                    for (sum, w) in sums.iter_mut().zip(word) {
                        *sum += w;
                    }
                }
            }
            let (from, to) = (self.starts[i] as usize, self.starts[i + 1] as usize);
            model.add_weights(&self.ids[from..to], &mut sums);
            self.scores.push(sums);
        }
        self.edges = edges;
        self.starts.clear();
        self.ids.clear();
        // `token` and `len` describe the scores' sequence, with no feature listed.
        self.starts.resize(tokens.len() + 1, 0);
    }

    /// Starts a sequence: empties the per-sequence buffers, and forgets the remembered words
    /// when they were read under other templates or have grown past [`CACHE_WORDS`].
    fn begin(&mut self, templates: &Templates) {
        self.ids.clear();
        self.starts.clear();
        self.words.clear();
        self.locals.clear();
        self.scores.clear();
        self.sums_at.clear();
        self.class_index.prepare(templates);
        let key = templates_key(templates);
        if self.cache_for != Some(key) || self.cache.len() > CACHE_WORDS {
            self.forget();
            self.cache_for = Some(key);
        }
    }

    /// Forgets every remembered word.
    fn forget(&mut self) {
        self.cache.clear();
        self.local_ids.clear();
        self.word_sums.clear();
        self.edges.clear();
    }

    /// What is remembered of `text` (read now if it was not): its [`WordInfo`] (not yet
    /// sentence-initial), its range of `local_ids`, and where its sums start in
    /// `word_sums` ([`NO_SUMS`] until [`Features::score`] needs them).
    fn remember(&mut self, templates: &Templates, text: &str) -> (WordInfo, (u32, u32), u32) {
        if let Some(&entry) = self.cache.get(text) {
            return entry;
        }
        let (info, local) = WordInfo::new(templates, &self.class_index, text, false);
        let start = self.local_ids.len() as u32;
        push_local(templates, text, &local, &mut self.local_ids);
        let entry = (info, (start, self.local_ids.len() as u32), NO_SUMS);
        self.cache.insert(text, entry);
        entry
    }

    /// The label scores [`Features::score`] computed, one row per token.
    pub(crate) fn scores(&self) -> &[[i32; Label::COUNT]] {
        &self.scores
    }
}

/// The label sums of the weights of `ids` under `model`.
fn weighed(model: &Model, ids: &[u32]) -> [i32; Label::COUNT] {
    let mut sums = [0i32; Label::COUNT];
    model.add_weights(ids, &mut sums);
    sums
}

/// How far from a token the word features reach: the word window, and the two words each
/// way the classes read.
fn reach(templates: &Templates) -> isize {
    isize::from(templates.window).max(2)
}

/// Pushes the features a token gets from the word at offset `k` from it (`None` beyond the
/// sequence's ends) that depend on that word and `k` alone: its identity within the window,
/// its shape next to the token, its stem next to it, its classes within two words, and at
/// `k = 0` its word-local features (`locals`).
fn push_word_at(
    templates: &Templates,
    k: isize,
    word: Option<&WordInfo>,
    locals: &[u32],
    push: &mut impl FnMut(u64),
) {
    if k.unsigned_abs() <= usize::from(templates.window) {
        let identity = match word {
            Some(w) => w.identity,
            None if k < 0 => BEFORE,
            None => AFTER,
        };
        push(combine(combine(WORD, k as u64), identity));
    }
    if templates.shape && (-1..=1).contains(&k) {
        let shape = word.map_or(Shape::Edge, |w| w.shape) as u64;
        let tag = match k {
            -1 => SHAPE_PREVIOUS,
            0 => SHAPE,
            _ => SHAPE_NEXT,
        };
        push(combine(tag, shape));
    }
    if k == 0 {
        for &id in locals {
            push(u64::from(id));
        }
    }
    // The neighbours' stems: `وقال` and `قال`, `ঢাকায়` and `ঢাকা` before a word are one
    // cue. Only where the templates strip affixes, so other models are unchanged.
    if k.abs() == 1 && !(templates.strip_prefixes.is_empty() && templates.strip_suffixes.is_empty())
    {
        let stem = word.map(|w| w.stem);
        push(combine(
            combine(STEM, k as u64),
            stem.unwrap_or(if k < 0 { BEFORE } else { AFTER }),
        ));
    }
    if let Some(word) = word.filter(|_| k.abs() <= 2) {
        let mut classes = word.classes;
        while classes != 0 {
            let class = classes.trailing_zeros();
            classes &= classes - 1;
            push(combine(combine(CLASS, k as u64), u64::from(class)));
        }
    }
}

/// Pushes the features of token `i` that depend on more than one word or on the token
/// itself: the bias, the word and shape conjunctions, sentence-initial, the stems of the
/// word and the one before, and the caller's extras of the tokens around it.
fn push_context(
    templates: &Templates,
    tokens: &[Token<'_>],
    words: &[WordInfo],
    i: usize,
    push: &mut impl FnMut(u64),
) {
    let word_at = |k: isize| -> Option<&WordInfo> { words.get(i.checked_add_signed(k)?) };
    let identity_at = |k: isize| match word_at(k) {
        Some(w) => w.identity,
        None if k < 0 => BEFORE,
        None => AFTER,
    };
    let Some(current) = words.get(i) else {
        return;
    };
    push(BIAS);
    if templates.conjunctions {
        push(combine(
            PREVIOUS_AND_WORD,
            combine(identity_at(-1), current.identity),
        ));
        push(combine(
            WORD_AND_NEXT,
            combine(current.identity, identity_at(1)),
        ));
    }
    if templates.shape {
        let shape_at = |k: isize| word_at(k).map_or(Shape::Edge, |w| w.shape) as u64;
        push(combine(
            SHAPES_PREVIOUS_AND_WORD,
            shape_at(-1) << 8 | shape_at(0),
        ));
        push(combine(
            SHAPES_WORD_AND_NEXT,
            shape_at(0) << 8 | shape_at(1),
        ));
        push(combine(
            SHAPES_AROUND,
            shape_at(-1) << 16 | shape_at(0) << 8 | shape_at(1),
        ));
        push(combine(
            SENTENCE_INITIAL,
            u64::from(current.sentence_initial) << 8 | shape_at(0),
        ));
    }
    if templates.stem_pairs
        && !(templates.strip_prefixes.is_empty() && templates.strip_suffixes.is_empty())
    {
        let stem_here = current.stem;
        let before = word_at(-1).map_or(BEFORE, |w| w.stem);
        push(combine(PREVIOUS_STEM_AND_STEM, combine(before, stem_here)));
    }
    for k in -1isize..=1 {
        let Some(token) = i.checked_add_signed(k).and_then(|j| tokens.get(j)) else {
            continue;
        };
        for &id in token.extra {
            push(combine(combine(EXTRA, k as u64), u64::from(id)));
        }
    }
}

/// Pushes to `out` the features of a word that depend on it alone: its long shape and
/// digits, its char prefixes and suffixes, and its stripped proclitic and ending.
fn push_local(templates: &Templates, text: &str, current: &WordLocal, out: &mut Vec<u32>) {
    let mut push = |h: u64| out.push(h as u32);
    if templates.shape {
        push(combine(LONG_SHAPE, current.long_shape));
        if current.has_digit {
            push(HAS_DIGIT);
        }
    }
    let lowercase = templates.lowercase;
    // Prefixes read from the start, suffixes from the end (their hash takes the chars last
    // first).
    push_char_affixes(
        text.chars(),
        templates.prefix_lengths,
        PREFIX,
        lowercase,
        &mut push,
    );
    push_char_affixes(
        text.chars().rev(),
        templates.suffix_lengths,
        SUFFIX,
        lowercase,
        &mut push,
    );
    let (prefix, suffix) = (
        usize::from(current.prefix_len),
        usize::from(current.suffix_len),
    );
    if prefix > 0 {
        let (glued, rest) = text.split_at(prefix);
        push_split(
            (STRIPPED_PREFIX, glued),
            (AFTER_PREFIX, rest),
            lowercase,
            &mut push,
        );
    }
    if suffix > 0 {
        let (rest, glued) = text.split_at(text.len() - suffix);
        push_split(
            (STRIPPED_SUFFIX, glued),
            (BEFORE_SUFFIX, rest),
            lowercase,
            &mut push,
        );
    }
}

/// Pushes the hash of the first `n` chars of `chars` under `tag` for each length `n` of
/// `lengths`, in one pass that stops at the longest.
fn push_char_affixes(
    chars: impl Iterator<Item = char>,
    lengths_asked: &[u8],
    tag: u64,
    lowercase: bool,
    push: &mut impl FnMut(u64),
) {
    let wanted = lengths(lengths_asked);
    let mut h = Fnv::new();
    for (n, c) in chars.take(longest_length(wanted)).enumerate() {
        h = if lowercase {
            h.lower_char(c)
        } else {
            h.char(c)
        };
        if wanted & (1 << (n + 1)) != 0 {
            push(combine(combine(tag, n as u64 + 1), h.finish()));
        }
    }
}

/// Pushes the two parts of a word split at a stripped affix, each hashed under its tag.
fn push_split(
    (affix_tag, affix): (u64, &str),
    (rest_tag, rest): (u64, &str),
    lowercase: bool,
    push: &mut impl FnMut(u64),
) {
    push(combine(
        affix_tag,
        Fnv::new().str(affix, lowercase).finish(),
    ));
    push(combine(rest_tag, Fnv::new().str(rest, lowercase).finish()));
}

/// A set of affix lengths as bits: bit `n` for length `n` (lengths 1 to 63 are read).
fn lengths(list: &[u8]) -> u64 {
    list.iter()
        .filter(|&&n| (1..64).contains(&n))
        .fold(0, |bits, &n| bits | 1 << n)
}

/// The longest length in a set made by [`lengths`].
fn longest_length(bits: u64) -> usize {
    64 - bits.leading_zeros() as usize
}

/// The byte length of the longest nonempty proclitic of `affixes` that `text` starts with
/// and that leaves at least two chars; 0 if none does.
fn prefix_len(affixes: &[&str], text: &str) -> usize {
    affix_len(affixes, text, false)
}

/// The byte length of the longest nonempty ending of `affixes` that `text` ends with and
/// that leaves at least two chars; 0 if none does.
fn suffix_len(affixes: &[&str], text: &str) -> usize {
    affix_len(affixes, text, true)
}

/// [`prefix_len`] or, `at_end`, [`suffix_len`]. Bytes are compared in place (a libc
/// `memcmp` per affix showed in profiles); an affix that matches is valid UTF-8, so the
/// rest starts or ends on a char boundary.
fn affix_len(affixes: &[&str], text: &str, at_end: bool) -> usize {
    let bytes = text.as_bytes();
    let mut longest = 0;
    for affix in affixes.iter().map(|a| a.as_bytes()) {
        if affix.is_empty() || affix.len() >= bytes.len() || affix.len() <= longest {
            continue;
        }
        let cut = if at_end {
            bytes.len() - affix.len()
        } else {
            affix.len()
        };
        let glued = if at_end { &bytes[cut..] } else { &bytes[..cut] };
        if !glued.iter().zip(affix).all(|(x, y)| x == y) {
            continue;
        }
        let rest = if at_end { &text[..cut] } else { &text[cut..] };
        if rest.chars().nth(1).is_some() {
            longest = affix.len();
        }
    }
    longest
}

/// `text` without the longest of the templates' proclitics and the longest of their endings
/// that leave at least two chars each, as the stripped-affix features read them; `None` when
/// nothing comes off. `prefix` and `suffix` are what [`prefix_len`] and [`suffix_len`] give
/// for the whole of `text`.
fn stem_of<'t>(
    templates: &Templates,
    text: &'t str,
    prefix: usize,
    suffix: usize,
) -> Option<&'t str> {
    let rest = &text[prefix..];
    // The ending is looked for again only where the proclitic shortened the word enough to
    // change which endings leave two chars.
    let suffix = if prefix == 0 {
        suffix
    } else {
        suffix_len(templates.strip_suffixes, rest)
    };
    let rest = &rest[..rest.len() - suffix];
    (rest.len() < text.len()).then_some(rest)
}

/// [`general_class`] without Unicode table searches, for ASCII and the Arabic and Bengali
/// blocks (where no letter has case); `None` elsewhere. Invariant: where it answers, it
/// answers as [`general_class`] does (tested over every char of those blocks).
fn fast_class(c: char) -> Option<char> {
    Some(match c {
        '0'..='9'
        | '\u{0660}'..='\u{0669}'
        | '\u{06F0}'..='\u{06F9}'
        | '\u{09E6}'..='\u{09EF}'
        | '\u{09F4}'..='\u{09F9}' => 'd',
        'A'..='Z' => 'X',
        'a'..='z' => 'x',
        '\u{0600}'..='\u{06FF}' | '\u{0980}'..='\u{09FF}' if khabar_core::is_word_char(c) => 'a',
        _ if c.is_ascii() => c,
        '\u{0600}'..='\u{06FF}' | '\u{0980}'..='\u{09FF}' => c,
        _ => return None,
    })
}

/// The char class of [`WordInfo::new`]: `d` digits, `X` upper, `x` lower, `a` word chars
/// without case, the char itself for anything else.
fn general_class(c: char) -> char {
    if c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()) {
        'd'
    } else if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if khabar_core::is_word_char(c) {
        'a'
    } else {
        c
    }
}

/// Whether token `i` starts a sentence: the first, or after a sentence's end mark.
fn sentence_initial(tokens: &[Token<'_>], i: usize) -> bool {
    i == 0 || tokens[i - 1].text.chars().all(ends_sentence)
}

/// Tokens after which the next token starts a sentence.
fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '।' | '\u{06D4}' | '…')
}

// The templates' tags: each feature's hash starts from one of these.
const BIAS: u64 = tag("bias");
const WORD: u64 = tag("word");
const BEFORE: u64 = tag("<before>");
const AFTER: u64 = tag("<after>");
const PREVIOUS_AND_WORD: u64 = tag("word-1&word");
const WORD_AND_NEXT: u64 = tag("word&word+1");
const SHAPE: u64 = tag("shape");
const SHAPE_PREVIOUS: u64 = tag("shape-1");
const SHAPE_NEXT: u64 = tag("shape+1");
const SHAPES_PREVIOUS_AND_WORD: u64 = tag("shape-1&shape");
const SHAPES_WORD_AND_NEXT: u64 = tag("shape&shape+1");
const SHAPES_AROUND: u64 = tag("shape-1&shape&shape+1");
const LONG_SHAPE: u64 = tag("long-shape");
const SENTENCE_INITIAL: u64 = tag("sentence-initial&shape");
const HAS_DIGIT: u64 = tag("has-digit");
const PREFIX: u64 = tag("prefix");
const SUFFIX: u64 = tag("suffix");
const STRIPPED_PREFIX: u64 = tag("stripped-prefix");
const AFTER_PREFIX: u64 = tag("after-prefix");
const STRIPPED_SUFFIX: u64 = tag("stripped-suffix");
const BEFORE_SUFFIX: u64 = tag("before-suffix");
const CLASS: u64 = tag("class");
const STEM: u64 = tag("stem");
const PREVIOUS_STEM_AND_STEM: u64 = tag("stem-1&stem");
const EXTRA: u64 = tag("extra");

/// The coarse shape of a token. The discriminants are part of the feature hashes: never
/// renumber them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// Beyond either end of the sequence.
    Edge = 0,
    /// `x`: lowercase letters (and maybe digits or joiners).
    Lower = 1,
    /// `X`: one uppercase letter.
    Capital = 2,
    /// `Xx`: an uppercase letter, then lowercase ones.
    Title = 3,
    /// `XX`: two or more uppercase letters and no lowercase one.
    Caps = 4,
    /// `xX`: upper and lower case letters in another order (`iPhone`, `McDonald`).
    Mixed = 5,
    /// `d`: digits only.
    Digits = 6,
    /// Letters without case (Arabic, Bengali).
    Uncased = 7,
    /// A punctuation mark or symbol.
    Punctuation = 8,
}

/// What the templates read from one token for the features of the tokens around it,
/// computed once per word and remembered (kept small: the cache of words read is bigger
/// than the processor's cache, and every token reads its slot).
#[derive(Clone, Copy, Debug)]
struct WordInfo {
    /// The hash of the word (lowercased if the templates say so).
    identity: u64,
    /// The hash of the word without its longest listed proclitic and ending (see
    /// [`stem_of`]); `identity` when the templates list no affix or none comes off.
    stem: u64,
    /// Bit `c` is set when the word is in the templates' class list `c`.
    classes: u64,
    shape: Shape,
    sentence_initial: bool,
}

/// What the templates read from one word for its own word-local features only
/// ([`push_local`]), once, when the word is first remembered.
#[derive(Clone, Copy, Debug)]
struct WordLocal {
    /// The hash of the collapsed char-class shape, at most 8 classes long.
    long_shape: u64,
    has_digit: bool,
    /// Byte lengths of the word's longest listed proclitic and ending ([`prefix_len`],
    /// [`suffix_len`]); 0 for none. Affixes are a few chars, so a `u8` holds them (longer
    /// ones are not read).
    prefix_len: u8,
    suffix_len: u8,
}

impl WordInfo {
    fn new(
        templates: &Templates,
        class_index: &ClassIndex,
        text: &str,
        sentence_initial: bool,
    ) -> (WordInfo, WordLocal) {
        let identity = Fnv::new().str(text, templates.lowercase).finish();
        let affix = |n: usize| u8::try_from(n).unwrap_or(0);
        let prefix_len = affix(prefix_len(templates.strip_prefixes, text));
        let suffix_len = affix(suffix_len(templates.strip_suffixes, text));
        let stem = stem_of(
            templates,
            text,
            usize::from(prefix_len),
            usize::from(suffix_len),
        )
        .map(|s| Fnv::new().str(s, templates.lowercase).finish());
        let (mut upper, mut lower, mut uncased, mut digits, mut other) =
            (0usize, 0usize, 0usize, 0usize, 0usize);
        let mut first_upper = false;
        let mut long_shape = Fnv::new();
        let (mut last_class, mut classes_seen) = ('\0', 0);
        for (n, c) in text.chars().enumerate() {
            let class = fast_class(c).unwrap_or_else(|| general_class(c));
            match class {
                'd' => digits += 1,
                'X' => {
                    upper += 1;
                    first_upper |= n == 0;
                }
                'x' => lower += 1,
                'a' => uncased += 1,
                _ => other += 1,
            }
            if class != last_class && classes_seen < 8 {
                long_shape = long_shape.char(class);
                last_class = class;
                classes_seen += 1;
            }
        }
        let shape = if upper + lower + uncased + digits == 0 {
            Shape::Punctuation
        } else if upper + lower == 0 {
            if uncased > 0 {
                Shape::Uncased
            } else {
                Shape::Digits
            }
        } else if upper == 0 {
            Shape::Lower
        } else if lower == 0 {
            if upper == 1 && other == 0 && digits == 0 {
                Shape::Capital
            } else {
                Shape::Caps
            }
        } else if first_upper && upper == 1 {
            Shape::Title
        } else {
            Shape::Mixed
        };
        // A cue word keeps its class under a proclitic or an ending (`بمدينة`, `এলাকায়`).
        let classes =
            class_index.classes_of(identity) | stem.map_or(0, |s| class_index.classes_of(s));
        let word = WordInfo {
            identity,
            stem: stem.unwrap_or(identity),
            classes,
            shape,
            sentence_initial,
        };
        let local = WordLocal {
            long_shape: long_shape.finish(),
            has_digit: digits > 0,
            prefix_len,
            suffix_len,
        };
        (word, local)
    }
}

/// The templates' class lists as an open-addressing table from word hashes to class
/// bits, built when [`Features::compute`] first sees a templates value and rebuilt only when
/// it sees a different one.
///
/// Invariant: `slots.len()` is zero or a power of two at least twice the number of
/// distinct words, so every probe ends at an empty slot (`bits == 0`).
#[derive(Debug, Default)]
struct ClassIndex {
    /// Identifies the templates the table was built from: the address and length of their
    /// class lists and their case setting. A different but equal templates value only costs
    /// a rebuild.
    built_for: Option<(usize, usize, bool)>,
    /// (word hash, class bits); empty slots have no bits.
    slots: Vec<(u64, u64)>,
}

impl ClassIndex {
    fn prepare(&mut self, templates: &Templates) {
        let key = (
            templates.classes.as_ptr() as usize,
            templates.classes.len(),
            templates.lowercase,
        );
        if self.built_for == Some(key) {
            return;
        }
        let words: usize = templates.classes.iter().map(|(_, words)| words.len()).sum();
        self.slots.clear();
        if words > 0 {
            self.slots.resize((2 * words).next_power_of_two(), (0, 0));
        }
        for (class, (_, words)) in templates.classes.iter().enumerate().take(64) {
            for word in *words {
                let hash = Fnv::new().str(word, templates.lowercase).finish();
                let at = self.probe(hash);
                self.slots[at].0 = hash;
                self.slots[at].1 |= 1 << class;
            }
        }
        self.built_for = Some(key);
    }

    /// The slot holding `hash`, or the empty slot where it would go.
    fn probe(&self, hash: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut at = hash as usize & mask;
        while self.slots[at].1 != 0 && self.slots[at].0 != hash {
            at = (at + 1) & mask;
        }
        at
    }

    fn classes_of(&self, identity: u64) -> u64 {
        if self.slots.is_empty() {
            return 0;
        }
        let (hash, bits) = self.slots[self.probe(identity)];
        if hash == identity { bits } else { 0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_char_classes_agree_with_the_general_ones() {
        let blocks = [
            '\0'..='\u{7F}',
            '\u{0600}'..='\u{06FF}',
            '\u{0980}'..='\u{09FF}',
        ];
        for c in blocks.into_iter().flatten() {
            assert_eq!(fast_class(c), Some(general_class(c)), "{c:?}");
        }
        assert_eq!(fast_class('É'), None, "elsewhere the general tests decide");
    }

    const TEMPLATES: Templates = Templates {
        version: 1,
        window: 2,
        lowercase: true,
        conjunctions: true,
        shape: true,
        prefix_lengths: &[1, 3],
        suffix_lengths: &[2, 3],
        strip_prefixes: &["و", "ال", "وال"],
        strip_suffixes: &["ের", "র"],
        stem_pairs: true,
        classes: &[
            ("title", &["president", "minister"]),
            ("say", &["said", "says"]),
        ],
    };

    fn features_of(texts: &[&str]) -> Vec<Vec<u32>> {
        let tokens: Vec<Token<'_>> = texts
            .iter()
            .map(|&text| Token { text, extra: &[] })
            .collect();
        let mut features = Features::new();
        features.compute(&TEMPLATES, &tokens);
        (0..features.len())
            .map(|i| features.token(i).to_vec())
            .collect()
    }

    fn shape_of(text: &str) -> Shape {
        WordInfo::new(&TEMPLATES, &ClassIndex::default(), text, false)
            .0
            .shape
    }

    #[test]
    fn shapes() {
        assert_eq!(shape_of("paris"), Shape::Lower);
        assert_eq!(shape_of("Paris"), Shape::Title);
        assert_eq!(shape_of("P"), Shape::Capital);
        assert_eq!(shape_of("NATO"), Shape::Caps);
        assert_eq!(shape_of("U.S"), Shape::Caps);
        assert_eq!(shape_of("iPhone"), Shape::Mixed);
        assert_eq!(shape_of("2024"), Shape::Digits);
        assert_eq!(shape_of("بغداد"), Shape::Uncased);
        assert_eq!(shape_of("ঢাকা"), Shape::Uncased);
        assert_eq!(shape_of(","), Shape::Punctuation);
    }

    #[test]
    fn buffers_are_reused_and_layout_holds() {
        let tokens = [
            Token {
                text: "Mr",
                extra: &[7],
            },
            Token {
                text: "Obama",
                extra: &[9],
            },
        ];
        let mut features = Features::new();
        features.compute(&TEMPLATES, &tokens);
        assert_eq!(features.len(), 2);
        let first: Vec<u32> = features.token(0).to_vec();
        features.compute(&TEMPLATES, &tokens[..1]);
        assert_eq!(features.len(), 1);
        // Token 0 lost the extra feature of its right neighbour.
        assert!(features.token(0).len() < first.len());
        features.compute(&TEMPLATES, &[]);
        assert!(features.is_empty());
    }

    #[test]
    fn words_are_compared_lowercased_and_extras_reach_neighbours() {
        let upper = features_of(&["The", "PRESIDENT", "said"]);
        let lower = features_of(&["the", "president", "said"]);
        // Only the shape features differ.
        let common = upper[1].iter().filter(|f| lower[1].contains(f)).count();
        assert!(
            common >= upper[1].len() - 9,
            "{common} of {}",
            upper[1].len()
        );

        let tokens = [
            Token {
                text: "a",
                extra: &[],
            },
            Token {
                text: "b",
                extra: &[42],
            },
            Token {
                text: "c",
                extra: &[],
            },
            Token {
                text: "d",
                extra: &[],
            },
        ];
        let mut features = Features::new();
        features.compute(&TEMPLATES, &tokens);
        let mut plain = Features::new();
        let bare: Vec<Token<'_>> = tokens
            .iter()
            .map(|t| Token {
                text: t.text,
                extra: &[],
            })
            .collect();
        plain.compute(&TEMPLATES, &bare);
        let added: Vec<usize> = (0..4)
            .map(|i| features.token(i).len() - plain.token(i).len())
            .collect();
        assert_eq!(added, [1, 1, 1, 0]);
    }

    #[test]
    fn classes_reach_two_tokens_each_way() {
        let with = features_of(&["a", "b", "minister", "c", "d", "e"]);
        let without = features_of(&["a", "b", "dentist", "c", "d", "e"]);
        // "minister" is at offsets -2..=2 from tokens 0 to 4; token 5 is beyond reach.
        assert_eq!(with[5].len(), without[5].len());
        for i in 0..5 {
            assert_eq!(with[i].len(), without[i].len() + 1, "token {i}");
        }
    }

    #[test]
    fn affixes_are_stripped_longest_first_leaving_two_chars() {
        let tokens = |text| [Token { text, extra: &[] }];
        let mut features = Features::new();
        let after_prefix =
            |rest: &str| combine(AFTER_PREFIX, Fnv::new().str(rest, true).finish()) as u32;
        features.compute(&TEMPLATES, &tokens("والبيت"));
        assert!(features.token(0).contains(&after_prefix("بيت")));
        assert!(!features.token(0).contains(&after_prefix("البيت")));
        // "ال" + one char: too short to strip.
        let base = features_of(&["الب"])[0].len();
        let plain = features_of(&["xyz"])[0].len();
        assert_eq!(base, plain);
        let suffixed = features_of(&["ঢাকার"])[0].len();
        assert_eq!(suffixed, features_of(&["ঢাকা"])[0].len() + 2);
    }

    /// Stem pairs give each token one feature, the pair of its stem and the previous word's;
    /// templates without them are other templates.
    #[test]
    fn stem_pairs_are_one_feature_per_token() {
        let tokens: Vec<Token<'_>> = ["وقال", "الرئيس", "ঢাকার", "x"]
            .iter()
            .map(|&text| Token { text, extra: &[] })
            .collect();
        let without = Templates {
            stem_pairs: false,
            ..TEMPLATES
        };
        let (mut a, mut b) = (Features::new(), Features::new());
        a.compute(&TEMPLATES, &tokens);
        b.compute(&without, &tokens);
        for i in 0..tokens.len() {
            assert_eq!(a.token(i).len(), b.token(i).len() + 1, "token {i}");
        }
        assert_ne!(TEMPLATES.fingerprint(), without.fingerprint());
    }

    /// The stem strips the ending from what the proclitic leaves, so an ending that fits the
    /// whole word may not fit the rest.
    #[test]
    fn the_stem_reads_the_ending_after_the_proclitic() {
        let templates = Templates {
            strip_prefixes: &["ab"],
            strip_suffixes: &["c", "cd"],
            ..TEMPLATES
        };
        assert_eq!(prefix_len(templates.strip_prefixes, "abxcd"), 2);
        assert_eq!(suffix_len(templates.strip_suffixes, "abxcd"), 2);
        // After `ab`, `xcd` keeps only one char without `cd`: `d` alone cannot go either.
        assert_eq!(stem_of(&templates, "abxcd", 2, 2), Some("xcd"));
        assert_eq!(stem_of(&templates, "abxycd", 2, 2), Some("xy"));
        assert_eq!(stem_of(&templates, "xyz", 0, 0), None);
        assert_eq!(prefix_len(templates.strip_prefixes, "abx"), 0);
        assert_eq!(suffix_len(templates.strip_suffixes, "c"), 0);
    }

    /// A word read before (in this sequence or an earlier one) gives exactly the features
    /// it gives read afresh, sentence-initial or not; templates that differ in anything but
    /// their word classes are not served from the other templates' words.
    #[test]
    fn the_word_cache_changes_nothing() {
        let texts = [
            "Bank", "of", "England", ".", "Bank", "said", "the", "bank", "England",
        ];
        let tokens: Vec<Token<'_>> = texts
            .iter()
            .map(|&text| Token { text, extra: &[] })
            .collect();
        let all = |f: &Features| {
            (0..f.len())
                .map(|i| f.token(i).to_vec())
                .collect::<Vec<_>>()
        };
        let mut warm = Features::new();
        warm.compute(&TEMPLATES, &tokens[..4]);
        warm.compute(&TEMPLATES, &tokens);
        let mut cold = Features::new();
        cold.compute(&TEMPLATES, &tokens);
        assert_eq!(all(&warm), all(&cold));
        let other = Templates {
            strip_suffixes: &["nd"],
            ..TEMPLATES
        };
        warm.compute(&other, &tokens);
        let mut fresh = Features::new();
        fresh.compute(&other, &tokens);
        assert_eq!(all(&warm), all(&fresh));
        assert_ne!(all(&warm), all(&cold));
    }

    /// A model with weights spread over every bucket (a little LCG), so that every feature
    /// counts in the sums.
    fn noisy_model(bits: u8) -> Model {
        let mut state: u32 = 0x2545_f491;
        let weights = (0..(1usize << bits) * Label::COUNT)
            .map(|_| {
                state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                (state >> 24) as u8
            })
            .collect();
        let header = crate::model::Header {
            format: crate::model::FORMAT,
            templates_version: TEMPLATES.version,
            templates_fingerprint: TEMPLATES.fingerprint(),
            bits,
            scale: 0.01,
            epochs: 1,
            temperature: 1.0,
            trained_on: Vec::new(),
            settings: Vec::new(),
        };
        Model::from_parts(
            header,
            [[0.0; Label::COUNT]; crate::model::TRANSITION_ROWS],
            weights,
        )
    }

    /// The sums of `compute`'s features of each token, weighted by `model`.
    fn listed_sums(
        templates: &Templates,
        model: &Model,
        tokens: &[Token<'_>],
    ) -> Vec<[i32; Label::COUNT]> {
        let mut features = Features::new();
        features.compute(templates, tokens);
        (0..features.len())
            .map(|i| {
                let mut sums = [0; Label::COUNT];
                model.add_weights(features.token(i), &mut sums);
                sums
            })
            .collect()
    }

    #[test]
    fn the_scores_are_the_sums_of_the_listed_features() {
        let extras: [&[u32]; 3] = [&[], &[feature_id("gaz:location:country:B")], &[7, 9]];
        let texts = [
            "The",
            "President",
            "said",
            "in",
            "والقاهرة",
            "ঢাকায়",
            ".",
            "Bank",
            "of",
            "England",
            "EU",
            "said",
            "the",
            "bank",
            "3",
            "England",
            "!",
            "iPhone",
        ];
        let tokens: Vec<Token<'_>> = texts
            .iter()
            .enumerate()
            .map(|(i, &text)| Token {
                text,
                extra: extras[i % 3],
            })
            .collect();
        let wide = Templates {
            window: 3,
            ..TEMPLATES
        };
        let plain = Templates {
            shape: false,
            conjunctions: false,
            strip_prefixes: &[],
            strip_suffixes: &[],
            window: 1,
            ..TEMPLATES
        };
        let (one, other) = (noisy_model(12), noisy_model(10));
        // One buffer throughout: words remembered for one model or templates must not
        // leak into another's sums.
        let mut features = Features::new();
        let no_pairs = Templates {
            stem_pairs: false,
            ..TEMPLATES
        };
        for templates in [&TEMPLATES, &wide, &plain, &no_pairs, &TEMPLATES] {
            for model in [&one, &other, &one] {
                for n in [0, 1, 2, 5, tokens.len()] {
                    let tokens = &tokens[tokens.len() - n..];
                    features.score(templates, model, tokens);
                    assert_eq!(
                        features.scores(),
                        listed_sums(templates, model, tokens).as_slice(),
                        "window {} over {n} tokens",
                        templates.window
                    );
                    // The listing path after the scoring one still lists the same.
                    features.compute(templates, tokens);
                }
            }
        }
    }

    #[test]
    fn feature_ids_are_fixed() {
        assert_eq!(
            feature_id("gaz:location:country:B"),
            feature_id("gaz:location:country:B")
        );
        assert_ne!(
            feature_id("gaz:location:country:B"),
            feature_id("gaz:location:country:I")
        );
        assert_eq!(TEMPLATES.fingerprint(), TEMPLATES.fingerprint());
        let changed = Templates {
            window: 1,
            ..TEMPLATES
        };
        assert_ne!(changed.fingerprint(), TEMPLATES.fingerprint());
    }
}
