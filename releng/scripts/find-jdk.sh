# Sourced by ./phaen and .ci/run: sets JAVA_HOME to a JDK 21+ or exits with one line saying what to install.
phaen_java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }
phaen_find_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/* "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")"; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    if [ "$(phaen_java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "phaen: needs a JDK 21 or newer (install e.g. Debian's openjdk-21-jdk or Temurin 21+, or set JAVA_HOME to one)" >&2
  exit 3
}
phaen_find_jdk
