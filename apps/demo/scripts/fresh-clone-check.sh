#!/usr/bin/env bash
# Fresh-clone check: clones this repository as committed (HEAD) into a temporary folder, installs
# with the frozen lockfile from the local pnpm store, runs the README's main command, `pnpm demo`,
# and fails unless it exits 0. What a newcomer does on a new machine, minus the downloads.
#
#   apps/demo/scripts/fresh-clone-check.sh            # from anywhere in the repository
#   KEEP_CLONE=1 apps/demo/scripts/fresh-clone-check.sh   # leave the clone for a look
set -euo pipefail

repo="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
work="$(mktemp -d "${TMPDIR:-/tmp}/apigw-playground-clone.XXXXXX")"
if [ "${KEEP_CLONE:-}" = "1" ]; then echo "clone kept in $work"; else trap 'rm -rf "$work"' EXIT; fi

step() { printf '\n==> %s\n' "$*"; }
started=$(date +%s)

step "git clone $repo ($(git -C "$repo" rev-parse --short HEAD))"
# A local clone hard-links the objects: quick, and only what is committed comes along.
git clone --quiet "$repo" "$work/apigw-playground"
cd "$work/apigw-playground"
# The CI layout: ../shared beside the clone, when the source checkout has one.
if [ -d "$repo/../shared" ]; then ln -s "$repo/../shared" "$work/shared"; fi

step "pnpm install --frozen-lockfile (store: $(pnpm store path))"
# The same store as the source checkout, so packages are linked from it, not downloaded again.
pnpm install --frozen-lockfile --prefer-offline --store-dir "$(cd "$repo" && pnpm store path)" --reporter=append-only | tail -n 3

step "pnpm demo"
status=0
pnpm demo || status=$?

if [ "$status" -ne 0 ]; then
  echo "fresh-clone check FAILED: pnpm demo exited $status in a fresh clone of $(git -C "$repo" rev-parse --short HEAD)" >&2
  exit 1
fi
echo "fresh-clone check passed in $(( $(date +%s) - started )) s"
