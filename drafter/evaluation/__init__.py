"""The evaluation suite: twelve named, explainable checks (RUBRIC R1-R12)."""
