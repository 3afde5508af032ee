"""Helpdesk webhooks in: signatures (`signing`, standard library only), payload adapters
for Zendesk, Freshdesk and a generic shape (`adapters`), integrations and their secrets
(`integrations`), and the intake that turns a webhook into a queued draft (`intake`).
Kept import-free so that `drafter.client` can use `signing` without the rest."""
