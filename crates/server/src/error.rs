//! The one error shape every route answers with: `{"error": "...", "error_type": "..."}` and
//! a status that says whose fault it was.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// Why a request was not answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ErrorType {
    /// The request itself is wrong (422) or too large (413).
    Validation,
    /// Too many requests in flight (429, with `Retry-After`).
    Overloaded,
    /// The extraction took longer than the request timeout (503).
    Timeout,
    /// A bug (500).
    Internal,
}

impl ErrorType {
    fn as_str(self) -> &'static str {
        match self {
            ErrorType::Validation => "validation",
            ErrorType::Overloaded => "overloaded",
            ErrorType::Timeout => "timeout",
            ErrorType::Internal => "internal",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub(crate) struct ApiError {
    pub(crate) status: StatusCode,
    pub(crate) error_type: ErrorType,
    pub(crate) message: String,
}

impl ApiError {
    pub(crate) fn invalid(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            error_type: ErrorType::Validation,
            message: message.into(),
        }
    }

    pub(crate) fn too_large(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::PAYLOAD_TOO_LARGE,
            error_type: ErrorType::Validation,
            message: message.into(),
        }
    }

    pub(crate) fn overloaded() -> ApiError {
        ApiError {
            status: StatusCode::TOO_MANY_REQUESTS,
            error_type: ErrorType::Overloaded,
            message: "too many requests in flight; retry shortly".to_owned(),
        }
    }

    pub(crate) fn timeout() -> ApiError {
        ApiError {
            status: StatusCode::SERVICE_UNAVAILABLE,
            error_type: ErrorType::Timeout,
            message: "the extraction took longer than the request timeout".to_owned(),
        }
    }

    pub(crate) fn internal(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            error_type: ErrorType::Internal,
            message: message.into(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({
            "error": self.message,
            "error_type": self.error_type.as_str(),
        });
        let mut response = (
            self.status,
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            )],
            body.to_string(),
        )
            .into_response();
        if self.error_type == ErrorType::Overloaded {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        response
    }
}
