# Shared by the Linux and macOS recipes (sourced): stage the app's jars and link a runtime with only the JDK modules
# the app uses. Windows has the same steps in windows/build.ps1.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/target/package"
VERSION_FULL="$(sed -n '/<artifactId>sealroom-parent<\/artifactId>/,/<\/version>/ s:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)"
# Installers want a plain numeric version: 0.1.0-SNAPSHOT installs as 0.1.0.
VERSION="${VERSION_FULL%%-*}"
MAIN_CLASS=org.sealroom.client.Launcher
# A module no class-file scan finds: German date and number formats (jdk.localedata, en and de only).
EXTRA_MODULES=jdk.localedata

step() { printf "\n== %s (at %ss)\n" "$*" "$SECONDS" >&2; }

# Builds the jars unless SEALROOM_PACKAGE_SKIP_BUILD=1 (the test runs after ./mvnw verify built them).
build_jars() {
  if [[ "${SEALROOM_PACKAGE_SKIP_BUILD:-0}" != 1 ]]; then
    step "Building the jars (tests skipped)"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
  fi
  [[ -f "$ROOT/client-app/target/runtime-classpath.txt" ]] || { echo "client-app is not built" >&2; exit 1; }
}

# $OUT/input: the client jar and its runtime class path, nothing else (the same set the About box lists).
stage_jars() {
  step "Staging the app's jars"
  rm -rf "$OUT/input" && mkdir -p "$OUT/input"
  cp "$ROOT/client-app/target/client-app-$VERSION_FULL.jar" "$OUT/input/"
  local jar
  # The file has no final newline: read the last entry too.
  tr ':' '\n' < "$ROOT/client-app/target/runtime-classpath.txt" | while read -r jar || [[ -n "$jar" ]]; do
    [[ -n "$jar" ]] && cp "$jar" "$OUT/input/"
  done
  local expected staged
  expected=$(( $(tr ':' '\n' < "$ROOT/client-app/target/runtime-classpath.txt" | grep -c .) + 1 ))
  staged=$(ls "$OUT/input" | wc -l)
  (( staged == expected )) || { echo "staged $staged jars, expected $expected" >&2; exit 1; }
  MAIN_JAR="client-app-$VERSION_FULL.jar"
}

# $OUT/runtime: a jlink'ed Java runtime with the modules jdeps finds in the staged jars, plus EXTRA_MODULES.
link_runtime() {
  step "Linking a Java runtime"
  local modules
  # From the client jar, following what it uses through the staged class path.
  modules=$("$JAVA_HOME/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 21 -q \
      --class-path "$OUT/input/*" "$OUT/input/$MAIN_JAR")
  modules="$modules,$EXTRA_MODULES"
  echo "modules: $modules" >&2
  # Linking takes a minute on a small machine: keep the last runtime when the JDK, modules and options are the same.
  local key
  key=$(printf '%s\n' "$modules" "$*" | cat - "$JAVA_HOME/release" | cksum)
  if [[ -f "$OUT/runtime.key" && "$(cat "$OUT/runtime.key")" == "$key" && -x "$OUT/runtime/bin/java" ]]; then
    echo "(the runtime linked before is still right)" >&2
    return
  fi
  rm -rf "$OUT/runtime" "$OUT/runtime.key"
  "$JAVA_HOME/bin/jlink" --add-modules "$modules" --output "$OUT/runtime" \
      --strip-debug --no-header-files --no-man-pages --include-locales=en,de "$@"
  echo "$key" > "$OUT/runtime.key"
}
