"""The analyst report: one self-contained HTML file built from the pipeline's tables.

``data`` loads the tables, ``summaries`` aggregates them, ``charts`` lays out the
inline SVG, ``render`` streams the Jinja2 template, ``plots`` writes the CSVs behind
`dvc plots show`.
"""
