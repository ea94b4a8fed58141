# Sourced by the tests that need an outside tool: require_tool NAME TOOL PACKAGE
# and require_soffice NAME (sets $soffice; $SOFFICE names another one). A
# missing tool skips the test (exit 77) except under CI=true, where
# scripts/test installs it and its absence is a failure.
require_tool() {
  local name=$1 tool=$2 package=$3
  command -v "$tool" > /dev/null && return 0
  if [ "${CI:-}" = true ]; then
    echo "$name: $tool ($package) is not installed (CI=true: scripts/test installs it)"
    exit 1
  fi
  echo "$name: skipped: $tool ($package) is not installed"
  exit 77
}

require_soffice() {
  local name=$1
  soffice=${SOFFICE:-$(command -v soffice || command -v libreoffice || true)}
  if [ -z "$soffice" ] || [ ! -x "$soffice" ]; then
    if [ "${CI:-}" = true ]; then
      echo "$name: soffice is not installed (CI=true: scripts/test installs libreoffice-calc-nogui)"
      exit 1
    fi
    echo "$name: skipped: soffice (LibreOffice) is not installed"
    exit 77
  fi
}
