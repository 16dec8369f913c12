#!/usr/bin/env bash
# macOS: Sealroom.app and a .dmg, registered for sealroom:// links (CFBundleURLTypes from Info.plist here; the app
# does not yet take the link from the Apple event: docs/installers.md). Needs a JDK 21+ and Xcode command line tools.
# NOT BUILT in the project's CI (Linux only): see docs/installers.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"
case "$(uname -m)" in arm64) FX=mac-aarch64 ;; *) FX=mac ;; esac

# The jars with this Mac's JavaFX natives. (media-engine's webrtc-java and FFmpeg natives are chosen the same way.)
export MAVEN_ARGS="${MAVEN_ARGS:-} -Djavafx.platform=$FX"
build_jars
stage_jars
link_runtime

# Info.plist: jpackage's own, with CFBundleURLTypes added (resources/Info.plist is the full file jpackage uses).
"$JAVA_HOME/bin/jpackage" --type dmg --dest "$OUT" --name Sealroom --app-version "$VERSION" --vendor Sealroom \
    --input "$OUT/input" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" --runtime-image "$OUT/runtime" \
    --icon "$ROOT/packaging/icons/sealroom.icns" --mac-package-identifier org.sealroom.Sealroom \
    --java-options '--enable-native-access=ALL-UNNAMED' --resource-dir "$ROOT/packaging/macos/resources"
ls -lh "$OUT"/*.dmg
