//! A language-independent sequence tagger for named entities: an averaged perceptron over
//! hashed features, decoded with Viterbi over BIO labels.
//!
//! The pieces, in the order a caller uses them:
//! - [`segment`] cuts text into the tokens the tagger reads;
//! - a language plugin describes its features as a `const` [`Templates`]; the caller adds
//!   its own per-token feature ids ([`Token::extra`], made with [`feature_id`]), and
//!   [`Features::compute`] hashes them all into a reusable buffer;
//! - [`train`] learns a [`Model`] from labelled sentences; [`Model::to_bytes`] and
//!   [`Model::from_bytes`] store and load it (a readable header, then weights borrowed in
//!   place);
//! - a [`Tagger`] decodes features into [`TaggedSpan`]s with a confidence;
//! - [`evaluate`] scores a model on held-out sentences.
//!
//! Architecture invariant: nothing here knows a language, does IO or allocates per token
//! once its buffers have grown; everything is deterministic, from feature hashes to
//! training.

mod cache;
mod decode;
mod evaluate;
mod features;
mod hash;
mod labels;
pub mod model;
mod segment;
mod train;

pub use decode::{Scratch, TaggedSpan, Tagger};
pub use evaluate::{Counts, Evaluation, evaluate};
pub use features::{Features, Templates, Token, feature_id};
pub use labels::{EntityType, Label, is_valid_bio, labels_from_spans, spans_from_labels};
pub use model::{Header, Model, ModelError};
pub use segment::{segment, segment_units};
pub use train::{TrainConfig, TrainSentence, train};
