"""drafter: policy-grounded, checked customer-support reply drafts."""

__version__ = "0.1.0"
