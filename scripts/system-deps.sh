#!/usr/bin/env bash
# Install the Debian packages the toolkit and its tests use, when missing.
# Needs root (or sudo) only when something is missing.
set -euo pipefail
packages=()
need() { dpkg -s "$1" >/dev/null 2>&1 || packages+=("$1"); }
command -v dpkg >/dev/null 2>&1 || exit 0
# (packages are added here by the features that need them)
need trang   # converts schemas/edition.rng to edition.xsd (tei schemas build; staleness test)
# Headless browser for the web edition's tests (driven by Playwright; never downloaded by it).
need chromium
# The print edition: Pango for WeasyPrint, the book's typeface (Linux Libertine, OFL: Latin with
# Romanian and Hungarian letters, Cyrillic), pdftoppm for the tests' page images.
need libpango-1.0-0
need libpangoft2-1.0-0
need fonts-linuxlibertine
need poppler-utils
# XeLaTeX and reledmac for the LaTeX export (tei build --print-format latex --pdf), about 330 MB
# and a minute to install: CI installs them so that the LaTeX is compiled in the tests; elsewhere
# set TEI_WITH_TEX=1 to install them (without them the compile test is skipped, saying so).
if [ "${CI:-}" = "true" ] || [ "${TEI_WITH_TEX:-}" = "1" ]; then
    need texlive-xetex
    need texlive-humanities
fi
if [ ${#packages[@]} -eq 0 ]; then exit 0; fi
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
echo "installing Debian packages: ${packages[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
