# Sourced by ./phaen: class-data sharing for the command line. On JDK 25+ each command gets an AOT cache (JEP 483/515):
# the first run of `phaen diff` records which classes it loads and links and how its hot methods behave; as it ends,
# a second JVM writes bundles/org.phaen.cli/target/aot/diff-STAMP.aot from that record (a few seconds, once); later
# runs map the cache instead of reading, verifying and linking those classes from 80 jars again. One cache per
# command, since each loads other classes and some run with other JVM options. STAMP is a checksum of the JDK, the
# class path (each jar's name, size and time) and the JVM options, so a rebuilt jar or another JDK means a new cache,
# never a stale one. Benchmarks and the demo use none. PHAEN_AOT=0 turns it off;
# `rm -rf bundles/org.phaen.cli/target/aot` (or a clean build) clears them.
CLI_AOT_DIR="$CLI/aot"

# cli_aot_args COMMAND CLASSPATH JVM-OPTION...: sets CLI_AOT_ARGS to the run's class-data-sharing options.
cli_aot_args() {
  local command="$1" classpath="$2"
  shift 2
  CLI_AOT_ARGS=() CLI_AOT_RECORD=""
  case "$command" in -h|--help|-V|--version) command=help ;; esac
  CLI_AOT_COMMAND="$command"
  # Only a command's name makes a cache's name. Benchmarks time the work, not the start, and the demo runs once and
  # would leave a cache of 100 MB: neither gets one.
  [[ "${PHAEN_AOT:-1}" != 0 && "$command" =~ ^[a-z][a-z0-9-]*$ && ! "$command" =~ ^(bench|demo)$ ]] || return 0
  local feature
  feature="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release" 2>/dev/null)"
  [ "${feature:-0}" -ge 25 ] || return 0
  CLI_AOT_JVM=("$@" -cp "$classpath")
  local stamp
  stamp="$({ cat "$JAVA_HOME/release"; echo "${CLI_AOT_JVM[*]}"; tr ':' '\n' <<< "$classpath" | xargs stat -c '%n %s %Y'; } \
    | cksum | cut -d' ' -f1)"
  CLI_AOT_FILE="$CLI_AOT_DIR/$command-$stamp.aot"
  # A cache that cannot be used (a JDK update the stamp missed) is skipped silently; the run goes on without it.
  CLI_AOT_ARGS=(-Xlog:aot*=off,cds*=off)
  if [ -s "$CLI_AOT_FILE" ]; then
    CLI_AOT_ARGS+=("-XX:AOTCache=$CLI_AOT_FILE")
  else
    mkdir -p "$CLI_AOT_DIR"
    # This run's own names (hidden from the clean-up's pattern): runs started together each write theirs, and each
    # cache is renamed into place whole. The recording JVM's line saying so (on its stdout, which scripts read) is
    # left out with the rest of the JVM's own remarks.
    CLI_AOT_RECORD="$CLI_AOT_DIR/.$command-$$"
    CLI_AOT_ARGS+=(-XX:AOTMode=record "-XX:AOTConfiguration=$CLI_AOT_RECORD.conf"
      -XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput)
  fi
}

# cli_aot_done EXIT-CODE: after a recording run that ended normally (0, or 1: differences found), writes the cache
# from the record, puts it in place and removes the same command's older caches.
cli_aot_done() {
  [ -n "${CLI_AOT_RECORD:-}" ] || return 0
  if [[ "$1" =~ ^[01]$ && -s "$CLI_AOT_RECORD.conf" ]] \
    && "$JAVA_HOME/bin/java" "${CLI_AOT_ARGS[0]}" -XX:AOTMode=create "-XX:AOTConfiguration=$CLI_AOT_RECORD.conf" \
      "-XX:AOTCache=$CLI_AOT_RECORD.aot" "${CLI_AOT_JVM[@]}" >/dev/null 2>&1 \
    && [ -s "$CLI_AOT_RECORD.aot" ]; then
    local old
    for old in "$CLI_AOT_DIR/$CLI_AOT_COMMAND"-[0-9]*.aot; do [ "$old" = "$CLI_AOT_FILE" ] || rm -f "$old"; done
    mv -f "$CLI_AOT_RECORD.aot" "$CLI_AOT_FILE"
  fi
  rm -f "$CLI_AOT_RECORD.conf" "$CLI_AOT_RECORD.aot"
}
