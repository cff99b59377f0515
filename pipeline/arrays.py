"""Model files as plain arrays (``.npy``) and JSON: loading them runs no code, and they outlive library upgrades.

A pickle (joblib) rebuilds live objects of the library that wrote it, so loading one runs code and
may break or change behaviour under another scikit-learn. A fitted linear model or TF-IDF table is
only numbers and strings: ``.npy`` files read with ``allow_pickle=False`` and JSON hold all of it,
and the inference is rebuilt from them with numpy and scipy alone.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from pipeline.errors import RecsError

# The parts of a CSR matrix, saved as one .npy file each.
CSR_PARTS = ("data", "indices", "indptr", "shape")


def save_array(path: Path, array: np.ndarray) -> None:
    """Write one numeric array atomically; object arrays are refused (they would need a pickle)."""
    from pipeline.atomic import atomic_path  # writing only: loading a model should not import pyarrow

    array = np.asarray(array)
    if array.dtype == object:
        raise TypeError(f"{path.name}: object arrays cannot be saved without a pickle")
    with atomic_path(path) as tmp, open(tmp, "wb") as handle:
        np.save(handle, array, allow_pickle=False)


def load_array(path: Path) -> np.ndarray:
    """Read one array written by :func:`save_array`, never unpickling."""
    try:
        return np.load(path, allow_pickle=False)
    except (ValueError, OSError, EOFError) as error:
        raise RecsError(f"not a readable array file ({error})", path) from None


def save_csr(folder: Path, stem: str, matrix: sp.spmatrix) -> list[str]:
    """Write a sparse matrix as ``STEM.data.npy`` etc.; return the file names written."""
    matrix = sp.csr_matrix(matrix)
    parts = {
        "data": matrix.data,
        "indices": matrix.indices,
        "indptr": matrix.indptr,
        "shape": np.asarray(matrix.shape, dtype=np.int64),
    }
    names = []
    for part in CSR_PARTS:
        name = f"{stem}.{part}.npy"
        save_array(folder / name, parts[part])
        names.append(name)
    return names


def load_csr(folder: Path, stem: str) -> sp.csr_matrix:
    """Read a sparse matrix written by :func:`save_csr`."""
    parts = {part: load_array(folder / f"{stem}.{part}.npy") for part in CSR_PARTS}
    return sp.csr_matrix((parts["data"], parts["indices"], parts["indptr"]), shape=tuple(int(n) for n in parts["shape"]))


def write_json_file(path: Path, data: Any) -> None:
    """Compact JSON with sorted keys: the same model gives the same bytes."""
    from pipeline.atomic import write_text

    write_text(path, json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n")


def read_json_file(path: Path) -> Any:
    """Read a JSON model file; a damaged one is a user error naming the file."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise RecsError(f"not a readable JSON model file ({type(error).__name__})", path) from None
