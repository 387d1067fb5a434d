"""Benchmarks: ratios against baselines measured in the same process (see BENCHMARKS.md)."""
