# Sourced by the tests that need an outside tool: require_tool NAME TOOL PACKAGE
# and require_soffice NAME (sets $soffice; $SOFFICE names another one). A
# missing tool skips the test (exit 77) except under CI=true, where
# scripts/bootstrap and scripts/test install it and its absence is a failure.

# skip NAME WHY: exit 77 (ctest: skipped, SKIP_RETURN_CODE) with the reason;
# under CI=true nothing may be skipped, so it is a failure (exit 1).
skip() {
  local name=$1 why=$2
  if [ "${CI:-}" = true ]; then
    echo "$name: $why (CI=true: a failure)"
    exit 1
  fi
  echo "$name: skipped: $why"
  exit 77
}

require_tool() {
  local name=$1 tool=$2 package=$3
  command -v "$tool" > /dev/null && return 0
  skip "$name" "$tool ($package) is not installed"
}

require_soffice() {
  local name=$1
  soffice=${SOFFICE:-$(command -v soffice || command -v libreoffice || true)}
  if [ -z "$soffice" ] || [ ! -x "$soffice" ]; then
    skip "$name" "soffice (LibreOffice) is not installed (scripts/test installs it under CI=true)"
  fi
}
