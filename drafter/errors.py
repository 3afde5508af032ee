"""One exception hierarchy for the whole service.

Every error a user can cause or meet carries a stable machine code, an HTTP status and a
message that says how to fix it. The API maps them in one handler; the CLI prints the
message on one line and exits non-zero.
"""

from __future__ import annotations


class DrafterError(Exception):
    code: str = "internal_error"
    status_code: int = 500

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class ConfigError(DrafterError):
    code = "config_error"
    status_code = 500


class InvalidInput(DrafterError):
    code = "invalid_input"
    status_code = 422


class NotFound(DrafterError):
    code = "not_found"
    status_code = 404


class Conflict(DrafterError):
    code = "conflict"
    status_code = 409


class Unauthorized(DrafterError):
    code = "unauthorized"
    status_code = 401


class Forbidden(DrafterError):
    code = "forbidden"
    status_code = 403


class PayloadTooLarge(DrafterError):
    code = "payload_too_large"
    status_code = 413


class Overloaded(DrafterError):
    code = "overloaded"
    status_code = 429

    def __init__(self, message: str, *, retry_after_s: int = 5) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class KnowledgeError(DrafterError):
    """A knowledge folder that cannot be ingested (bad YAML, missing fields)."""

    code = "knowledge_error"
    status_code = 422


class ModelError(DrafterError):
    """The language model could not produce an answer (after retries and fallbacks)."""

    code = "model_error"
    status_code = 503


class ModelUnavailable(ModelError):
    code = "model_unavailable"


class ModelTimeout(ModelError):
    code = "model_timeout"


class ModelAuthError(ModelError):
    code = "model_auth_error"
    status_code = 503


class ModelBadResponse(ModelError):
    code = "model_bad_response"


class StoreUnavailable(DrafterError):
    code = "store_unavailable"
    status_code = 503


class PromptError(DrafterError):
    code = "prompt_error"
    status_code = 500
