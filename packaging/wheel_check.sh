#!/usr/bin/env bash
# Build the wheel (its hook builds the resources), install it into a clean virtual
# environment outside the source tree, and run the installed console's --self-check and
# --version: what `pip install .` or `pipx install` give a user.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
work=$(mktemp -d "${TMPDIR:-/tmp}/facilitator-wheel.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$PYTHON" -m pip wheel --quiet --no-deps -w "$work/dist" .
"$PYTHON" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet "$work"/dist/facilitator_console-*.whl
cd "$work"  # not the source tree: the installed package must stand on its own
QT_QPA_PLATFORM=offscreen "$work/venv/bin/facilitator-console" --self-check
"$work/venv/bin/facilitator-console" --version
echo "wheel check passed"
