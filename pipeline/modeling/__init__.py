"""Clustering of the reference corpus and open-set assignment of new recommendations (scikit-learn)."""

# The classifier's inverse regularization strength (README's comparison chose it): the estimator's
# default and `recs train --C`'s; params.yaml's train.C starts from the same value.
DEFAULT_C = 100.0
# The seed of every random state (clustering, the classifier's folds): the default of the estimators and of
# `recs cluster --seed` / `recs train --seed`; params.yaml's seed starts from the same value
# (tests/test_params_defaults.py holds params.yaml to the command-line defaults).
DEFAULT_SEED = 42
