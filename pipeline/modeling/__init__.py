"""Clustering of the reference corpus and open-set assignment of new recommendations (scikit-learn)."""
