"""Tests of the un-recs pipeline; helpers are modules of this package (``from tests.real_data import ...``)."""
