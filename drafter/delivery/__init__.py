"""Callbacks out: a signed POST of the finished (or failed) draft to the integration's
callback URL, retried with exponential backoff (`sender`); the records and their API
views (`records`, `service`)."""
