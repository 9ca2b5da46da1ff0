#!/bin/sh
# Starts Phaen with Java 21 or newer: $JAVA_HOME/bin/java if set, else java on the PATH.
# Usage: ./phaen.sh [-nl th|en] [-data WORKSPACE] [FILE.phaen...]
DIR="$(cd "$(dirname "$0")" && pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
set -- "$(ls "$DIR"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)" "$@"
# SWT on macOS must run on the first thread.
exec "$JAVA" -XstartOnFirstThread --enable-native-access=ALL-UNNAMED -Xmx1g -jar "$@"
