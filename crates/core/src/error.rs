//! Errors a plugin reports while building an extractor: its options table, or its data.

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

/// Why an extractor could not be built.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error(transparent)]
    Options(#[from] OptionsError),
    /// Data the extractor needs did not load (only a broken build reaches this for the
    /// built-in tables).
    #[error("{what} unusable: {message}")]
    Data { what: &'static str, message: String },
}

impl BuildError {
    /// The option key the error is about, if it is about one.
    pub fn key(&self) -> Option<&str> {
        match self {
            BuildError::Options(e) => Some(e.key()),
            BuildError::Data { .. } => None,
        }
    }
}
