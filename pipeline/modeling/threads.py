"""Thread limits for the numeric libraries.

On a 2-core machine shared with other work, multi-threaded BLAS inside the small dense steps of
LogisticRegression and KMeans is 20-40x slower than one thread (measured: 2.9 s vs 0.07 s for one fit),
and these problems are far too small to gain from threads.
"""

from __future__ import annotations

from threadpoolctl import threadpool_limits


def single_threaded() -> threadpool_limits:
    """Context manager: run BLAS and OpenMP with one thread."""
    return threadpool_limits(limits=1)
