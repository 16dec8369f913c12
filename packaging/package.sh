#!/usr/bin/env bash
# ./sealroom package: builds this platform's installers with jlink + jpackage (docs/installers.md).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
case "$(uname -s)" in
  Linux)  exec "$HERE/linux/build.sh" "$@" ;;
  Darwin) exec "$HERE/macos/build.sh" "$@" ;;
  MINGW*|MSYS*|CYGWIN*)
    echo "On Windows, run in PowerShell: packaging\\windows\\build.ps1 (needs JDK 21+ and WiX 3.14; docs/installers.md)" >&2
    exit 2 ;;
  *) echo "No installer recipe for $(uname -s); see docs/installers.md" >&2; exit 2 ;;
esac
