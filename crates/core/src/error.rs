//! Errors a plugin reports while building an extractor from its options table.

/// An extractor's options table was not acceptable.
#[derive(Debug, thiserror::Error)]
pub enum OptionsError {
    #[error("unknown option `{key}` (known options: {known})")]
    Unknown { key: String, known: String },
    #[error("option `{key}`: {message}")]
    Invalid { key: String, message: String },
}

impl OptionsError {
    /// The option key the error is about, so the runner can point at it in the config file.
    pub fn key(&self) -> &str {
        match self {
            OptionsError::Unknown { key, .. } | OptionsError::Invalid { key, .. } => key,
        }
    }
}
