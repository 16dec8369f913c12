#!/usr/bin/env bash
# The installer test (part of ./sealroom test on a Linux machine where it runs as root): builds the .deb, installs
# it with dpkg -i, runs the installed `sealroom --version`, lets the INSTALLED client join, with synthetic audio and
# video, a meeting hosted by the source build on the self-contained relay jar (relay/target/relay.jar, its own
# process), checks the sealroom:// handler with xdg-mime, then removes the package and checks nothing is left.
# Each user side runs in a scratch HOME with the XDG base directories set inside it (Java takes user.home from the
# password database, not $HOME, so JAVA_TOOL_OPTIONS points it there too): nothing touches the real user's files.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
WORK="$(mktemp -d /tmp/sealroom-deb-test.XXXXXX)"
PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  if dpkg-query -W -f='${Status}' sealroom 2>/dev/null | grep -q installed; then dpkg -r sealroom >/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "test-deb: FAILED: $*" >&2; exit 1; }
pass() { echo "test-deb: ok: $*" >&2; }

if dpkg-query -W -f='${Status}' sealroom 2>/dev/null | grep -q 'install ok installed'; then
  fail "a sealroom package is already installed here; remove it first (dpkg -r sealroom)"
fi
VERSION_FULL="$(sed -n '/<artifactId>sealroom-parent<\/artifactId>/,/<\/version>/ s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)"

SEALROOM_PACKAGE_SKIP_BUILD=1 SEALROOM_DEB_COMPRESSION="-Zzstd -z3" packaging/linux/build.sh
DEB="target/package/sealroom_${VERSION_FULL%%-*}_amd64.deb"
[[ -f "$DEB" ]] || fail "no $DEB"

dpkg -i "$DEB" >/dev/null || fail "dpkg -i $DEB"
pass "installed $DEB ($(du -h "$DEB" | cut -f1))"

# A user's environment: nothing from the developer's own (PATH has the system dirs only: the installed command).
user_env() { # name
  local home="$WORK/$1"
  mkdir -p "$home"
  echo env -i "HOME=$home" "PATH=/usr/local/bin:/usr/bin:/bin" "LANG=C.UTF-8" "JAVA_TOOL_OPTIONS=-Duser.home=$home" \
      "XDG_CONFIG_HOME=$home/.config" "XDG_DATA_HOME=$home/.local/share" "XDG_STATE_HOME=$home/.local/state" \
      "XDG_CACHE_HOME=$home/.cache" "XDG_CONFIG_DIRS=/etc/xdg" "XDG_DATA_DIRS=/usr/local/share:/usr/share"
}
INSTALLED_ENV=$(user_env guest)

[[ "$(command -v sealroom)" == /usr/bin/sealroom ]] || fail "sealroom is not /usr/bin/sealroom on PATH"
version=$($INSTALLED_ENV sealroom --version 2>/dev/null) || fail "installed sealroom --version"
[[ "$version" == "Sealroom $VERSION_FULL" ]] || fail "installed sealroom --version said '$version'"
pass "installed sealroom --version: $version"

# The self-contained relay jar, in a process of its own, on free ports.
"$JAVA_HOME/bin/java" -jar relay/target/relay.jar --port 0 --metrics-port -1 --data-dir "$WORK/relay" > "$WORK/relay.out" 2>&1 &
PIDS+=($!)
for _ in $(seq 100); do grep -q 'TLS control:' "$WORK/relay.out" && break; sleep 0.2; done
RELAY=$(awk '/TLS control:/ {print $3}' "$WORK/relay.out")
[[ -n "$RELAY" ]] || { cat "$WORK/relay.out" >&2; fail "relay.jar did not start"; }
pass "relay.jar listening on $RELAY"

# The host: the source build. It ends the meeting itself after a while (the guest leaves well before).
HOST_ENV=$(user_env host)
$HOST_ENV JAVA_HOME="$JAVA_HOME" ./sealroom host --headless --name Host --relay "$RELAY" --auto-admit \
    --synthetic-media --no-commands --link-file "$WORK/link" --stats-json "$WORK/host.json" --duration 90s \
    > "$WORK/host.out" 2>&1 &
PIDS+=($!)
for _ in $(seq 300); do [[ -s "$WORK/link" ]] && break; sleep 0.2; done
[[ -s "$WORK/link" ]] || { cat "$WORK/host.out" >&2; fail "the host printed no link"; }
LINK=$(cat "$WORK/link")

# The guest: the INSTALLED client, headless, with synthetic media through the bundled FFmpeg and Java runtime.
$INSTALLED_ENV sealroom join "$LINK" --headless --name Guest --synthetic-media --no-commands \
    --stats-json "$WORK/guest.json" --duration 12s > "$WORK/guest.out" 2>&1 &
GUEST=$!
PIDS+=("$GUEST")
field() { sed -n "s/^  \"$2\" : \"\{0,1\}\([^\",]*\)\"\{0,1\},\{0,1\}$/\1/p" "$1" 2>/dev/null || true; }
# Both sides rewrite their stats every second. Compare the codes while both are in the meeting: once the guest
# leaves, the host rekeys and its code moves on, so the files read afterwards need not agree.
same_code="" guest_code="" host_code=""
while kill -0 "$GUEST" 2>/dev/null; do
  guest_code=$(field "$WORK/guest.json" securityCode)
  host_code=$(field "$WORK/host.json" securityCode)
  [[ -n "$guest_code" && "$guest_code" == "$host_code" ]] && same_code=$guest_code
  sleep 0.5
done
wait "$GUEST" || { cat "$WORK/guest.out" >&2; fail "the installed client failed"; }
[[ "$(field "$WORK/guest.json" phase)" == IN_MEETING ]] || { cat "$WORK/guest.out" >&2; fail "the installed client never got into the meeting"; }
[[ -n "$same_code" ]] || fail "security codes never matched: guest '$guest_code', host '$host_code'"
guest_code=$same_code
(( $(field "$WORK/guest.json" epoch) >= 1 )) || fail "no meeting key epoch on the guest"
frames=$(grep -o '"videoFramesDecoded" : [0-9]*' "$WORK/guest.json" | awk '{s += $3} END {print s + 0}')
(( frames > 0 )) || { cat "$WORK/guest.json" >&2; fail "the installed client decoded no video"; }
pass "installed client joined: security code $guest_code (same as the host's), $frames video frames decoded"

LOG="$WORK/guest/.local/state/sealroom/logs/sealroom.log"
grep -q "Sealroom $VERSION_FULL starting: join" "$LOG" || fail "no log at $LOG (\$XDG_STATE_HOME/sealroom/logs)"
[[ -d "$WORK/guest/.config/sealroom" ]] || fail "no \$XDG_CONFIG_HOME/sealroom"
[[ -d "$WORK/guest/.cache/sealroom/javacpp" && ! -e "$WORK/guest/.javacpp" ]] \
  || { find "$WORK/guest" -maxdepth 3 >&2; fail "FFmpeg was not unpacked into \$XDG_CACHE_HOME/sealroom/javacpp"; }
if grep -qF "${LINK#*#}" "$LOG"; then fail "the log contains the link's secret fragment"; fi
pass "per-user files in XDG places (config, cache, log); the log holds no link secret"

handler=$($INSTALLED_ENV xdg-mime query default x-scheme-handler/sealroom)
[[ "$handler" == org.sealroom.Sealroom.desktop ]] || fail "xdg-mime query default x-scheme-handler/sealroom said '$handler'"
pass "xdg-mime query default x-scheme-handler/sealroom: $handler"

dpkg -L sealroom > "$WORK/files"
for f in /usr/bin/sealroom /opt/sealroom/bin/sealroom /usr/share/applications/org.sealroom.Sealroom.desktop \
         /usr/share/icons/hicolor/256x256/apps/org.sealroom.Sealroom.png /opt/sealroom/lib/runtime/lib/server/libjvm.so; do
  grep -qxF "$f" "$WORK/files" || fail "dpkg -L does not list $f"
done
pass "dpkg -L lists $(wc -l < "$WORK/files") paths, launcher, desktop entry and icon among them"

# dpkg -r: the package has no conffiles, so removing leaves nothing for a purge to delete.
dpkg -r sealroom >/dev/null || fail "dpkg -r sealroom"
status=$(dpkg-query -W -f='${Status}' sealroom 2>/dev/null || true)
[[ -z "$status" || "$status" == *not-installed* ]] || fail "after dpkg -r the package is '$status'"
left=$(while read -r f; do
  if [[ -L "$f" || -f "$f" ]]; then echo "$f"; elif [[ -d "$f" && "$f" == /opt/sealroom* ]]; then echo "$f"; fi
done < "$WORK/files")
[[ -z "$left" ]] || fail "left behind after dpkg -r: $left"
handler=$($INSTALLED_ENV xdg-mime query default x-scheme-handler/sealroom)
[[ -z "$handler" ]] || fail "after removal, x-scheme-handler/sealroom is still handled by '$handler'"
pass "dpkg -r removed every packaged file; no sealroom:// handler remains"
echo "test-deb: all checks passed" >&2
