#!/usr/bin/env bash
# Makes .isso-venv/ (git-ignored): upstream Isso 0.14.0 and gunicorn, the program this
# package ships, for the end-to-end tests.
#   scripts/isso-env.sh WHEEL_DIR   offline, from a directory holding the wheels of Isso 0.14.0 and its dependencies
#   scripts/isso-env.sh             from the Python package index
# Isso 0.14.0 still declares misaka, a C extension used only with [markup] renderer =
# misaka; Isso goes in with --no-deps and its real dependencies are listed here.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.isso-venv
wheels=${1:-}
deps=(werkzeug jinja2 itsdangerous bleach html5lib mistune gunicorn)

rm -rf "$venv"
python3 -m venv "$venv"
export PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1
if [ -n "$wheels" ]; then
  from=(--no-index --find-links "$wheels")
else
  from=()
fi
"$venv/bin/pip" install -q "${from[@]}" "${deps[@]}"
"$venv/bin/pip" install -q "${from[@]}" --no-deps isso==0.14.0
"$venv/bin/isso" --version
