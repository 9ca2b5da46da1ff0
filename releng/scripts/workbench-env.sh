# Sourced by workbench.sh and bench-workbench.sh: the materialised product (built on first use) and how Java starts it.
. "$ROOT/releng/scripts/find-jdk.sh"
PRODUCT="$ROOT/releng/org.phaen.product/target/products/org.phaen.rcp.product/linux/gtk/x86_64/phaen"
if ! ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar >/dev/null 2>&1; then
  echo "phaen: first start, building the workbench (a few minutes on a fresh machine)..." >&2
  (cd "$ROOT" && ./mvnw -q -B install -DskipTests) >&2
fi
# A class-data-sharing archive the JVM writes on the first start and maps on later ones (about 0.6 s faster to a
# window here); it is rebuilt by itself when the JDK or the product changes.
CDS_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/phaen"
mkdir -p "$CDS_DIR"
WORKBENCH_JVM_ARGS=(--enable-native-access=ALL-UNNAMED -Xmx1g -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$CDS_DIR/workbench.jsa")
LAUNCHER="$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)"
