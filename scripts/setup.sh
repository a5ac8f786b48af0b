#!/bin/sh
# Installs the Debian packages nianbao builds and tests with, when they are missing.
# Safe to run repeatedly; needs root (or sudo) only when something is missing.
set -eu

packages="build-essential cmake pkg-config tao-pegtl-dev libboost-dev libboost-program-options-dev
catch2 rapidjson-dev nlohmann-json3-dev libutf8proc-dev libfmt-dev nettle-dev python3 python3-jsonschema
libzip-dev libpugixml-dev libgumbo-dev libpoppler-cpp-dev libopencc-dev libsqlite3-dev sqlite3 chromium fonts-noto-cjk
poppler-utils"

# poppler-utils: the location tests open a PDF finding's page with pdftotext, as a
# user would, to check the page named is the one holding the problem.
# `setup.sh bench` adds the reference programs of the benchmark (bench/run.py);
# `setup.sh fuzz` clang and its libFuzzer runtime (fuzz/README.md).
if [ "${1:-}" = "bench" ]; then packages="$packages cmark"; fi
if [ "${1:-}" = "fuzz" ]; then packages="$packages clang-14 libclang-rt-14-dev"; fi

missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "setup: all packages present"
    exit 0
fi

echo "setup: installing$missing"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
