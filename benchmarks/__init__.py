"""Benchmarks of the pipeline stages and the generator of the large corpus they run on."""
