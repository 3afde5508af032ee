"""The drafting pipeline: analyse -> retrieve -> plan -> write -> evaluate (-> revise) -> persist."""
