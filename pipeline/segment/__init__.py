"""Segment stage: find the recommendations in a report's clean text.

``segment_document`` is the public entry point (``recs segment`` and ``recs
assign`` both use it). The package is split by job: ``headings`` knows what
report text looks like, ``pieces`` cuts text into marked pieces, ``outline``
resolves ambiguous numbering and the heading path, ``layouts`` reads the two
layouts of numbered recommendations, ``lettered`` splits lettered sub-items under a
lead-in into recommendations of their own (layout 3), ``upr`` reads the "(State);" items of a UPR
Working Group report's conclusions paragraphs (layout 6), ``segmenter`` builds the rows,
``segment_stage`` streams a documents table into the recommendations table.
"""

from pipeline.segment.segmenter import NO_RECOMMENDATIONS, segment_document

__all__ = ["NO_RECOMMENDATIONS", "segment_document"]
