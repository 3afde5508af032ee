"""The review console: one page at /console for agents and QA, served by drafter itself.

A static HTML page with small dependency-free ES modules (no build step, no CDN) that
calls the JSON API with the agent's key; see docs/CONSOLE.md.
"""

from __future__ import annotations

from .routes import router

__all__ = ["router"]
