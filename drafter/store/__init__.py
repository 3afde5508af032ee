"""Persistence: SQL (drafts, customers, audit) and the vector store (policies, interactions)."""
