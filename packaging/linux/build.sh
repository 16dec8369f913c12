#!/usr/bin/env bash
# Linux: an app image (target/package/sealroom/) and a .deb (target/package/sealroom_VERSION_amd64.deb).
# Needs a JDK 21+ with jpackage, binutils (objcopy) and dpkg-deb. See docs/installers.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"
LINUX="$ROOT/packaging/linux"
ARCH=amd64

for tool in jpackage jlink jdeps; do
  [[ -x "$JAVA_HOME/bin/$tool" ]] || { echo "$JAVA_HOME has no $tool: use a full JDK 21+" >&2; exit 1; }
done
for tool in objcopy dpkg-deb dpkg-query; do
  command -v "$tool" >/dev/null || { echo "Missing $tool: sudo apt-get install binutils dpkg" >&2; exit 1; }
done

build_jars
stage_jars
link_runtime --strip-native-debug-symbols "objcopy=$(command -v objcopy)"

step "jpackage: app image"
rm -rf "$OUT/sealroom"
"$JAVA_HOME/bin/jpackage" --type app-image --dest "$OUT" --name sealroom --app-version "$VERSION" \
    --input "$OUT/input" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" --runtime-image "$OUT/runtime" \
    --icon "$ROOT/packaging/icons/sealroom.png" --vendor "Sealroom" \
    --description "End-to-end encrypted meetings" \
    --java-options '--enable-native-access=ALL-UNNAMED'

step "dpkg-deb: the .deb"
# JavaFX opens GTK 3 at run time (dlopen), so control.in names libgtk-3-0 itself.
# Built by hand from the app image so that every installed file (launcher link, desktop entry, icon) is the
# package's own: dpkg -L lists them and dpkg -r removes them. The desktop entry's MimeType registers the
# sealroom:// handler; desktop-file-utils' dpkg trigger refreshes mimeinfo.cache on install and on removal.
TREE="$OUT/deb"
rm -rf "$TREE" && mkdir -p "$TREE/DEBIAN" "$TREE/opt" "$TREE/usr/bin" "$TREE/usr/share/applications" \
    "$TREE/usr/share/icons/hicolor/256x256/apps" "$TREE/usr/share/doc/sealroom"
cp -a "$OUT/sealroom" "$TREE/opt/sealroom"
ln -s ../../opt/sealroom/bin/sealroom "$TREE/usr/bin/sealroom"
install -m 644 "$LINUX/org.sealroom.Sealroom.desktop" "$TREE/usr/share/applications/"
install -m 644 "$ROOT/packaging/icons/sealroom.png" "$TREE/usr/share/icons/hicolor/256x256/apps/org.sealroom.Sealroom.png"
install -m 644 "$LINUX/copyright" "$TREE/usr/share/doc/sealroom/copyright"

DEPENDS=$("$LINUX/native-deps.sh" "$TREE/opt/sealroom")
INSTALLED_KB=$(du -sk --exclude=DEBIAN "$TREE" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@DEPENDS@/$DEPENDS/" -e "s/@INSTALLED_KB@/$INSTALLED_KB/" \
    "$LINUX/control.in" > "$TREE/DEBIAN/control"
DEB="$OUT/sealroom_${VERSION}_${ARCH}.deb"
rm -f "$DEB"
# xz -6 makes the smallest download; the installer test, which needs the contents and not the last megabytes,
# sets SEALROOM_DEB_COMPRESSION="-Zzstd -z3" to save a minute or two on a small machine.
# shellcheck disable=SC2086
dpkg-deb --root-owner-group ${SEALROOM_DEB_COMPRESSION:--Zxz -z6 --threads-max=2} --build "$TREE" "$DEB" >/dev/null

step "Done"
printf '%s\t%s\n' "$(du -sh "$OUT/sealroom" | cut -f1)" "app image $OUT/sealroom" \
    "$(du -h "$DEB" | cut -f1)" ".deb $DEB" >&2
