# Sourced by workbench.sh and bench-workbench.sh: the materialised product (built on first use) and how Java starts it.
. "$ROOT/releng/scripts/find-jdk.sh"
PRODUCT="$ROOT/releng/org.phaen.product/target/products/org.phaen.rcp.product/linux/gtk/x86_64/phaen"
if ! ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar >/dev/null 2>&1; then
  echo "phaen: first start, building the workbench (a few minutes on a fresh machine)..." >&2
  (cd "$ROOT" && ./mvnw -q -B install -DskipTests) >&2
fi
# Class-data sharing, written on the first start and mapped on later ones (about 0.6 s faster to a window here). On
# JDK 25+ it is an AOT cache (JEP 483/514) made with exactly the options it is used with, so the archived module graph
# is used too; -XX:+AutoCreateSharedArchive layers over the JDK's own archive, which was dumped without
# --enable-native-access, so every start printed "[error][cds] Mismatched values for property
# jdk.module.enable.native.access ... Disabling optimized module handling". The cache's name carries a hash of the
# product's path, the JDK and the product's bundles, so a new JDK or a rebuilt product gets a new one. Classes of signed jars (Equinox)
# are never archived; the warnings saying so are left out, errors are not.
CDS_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/phaen"
mkdir -p "$CDS_DIR"
# Options given to every start of the workbench, bench or not; the cache is made with these.
WORKBENCH_BASE_ARGS=(--enable-native-access=ALL-UNNAMED -Xmx1g)
jdk_feature="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release" 2>/dev/null)"
if [ "${jdk_feature:-0}" -ge 25 ]; then
  # The folder is shared by every copy of the product on the machine (clones, worktrees), and a cache holds the
  # launcher's path: each product's caches carry a hash of its path, and a new one replaces that product's older ones.
  product_key="$(echo "$PRODUCT" | cksum | cut -d' ' -f1)"
  stamp="$(cat "$JAVA_HOME/release" "$PRODUCT"/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info 2>/dev/null | cksum | cut -d' ' -f1)"
  CDS_FILE="$CDS_DIR/workbench-$product_key-$stamp.aot"
  # Written under this start's own name and put in place by cds_done once the JVM has ended well: a start killed
  # while the JVM assembles the cache must not leave a broken one, nor two first starts at once write one file.
  cds_args() {
    if [ -f "$CDS_FILE" ]; then echo "-XX:AOTCache=$CDS_FILE"; else echo "-XX:AOTCacheOutput=$CDS_FILE.$$.new"; fi
    echo "-Xlog:aot*=error,cds*=error"
  }
  cds_done() {
    if [ "$1" = 0 ] && [ -s "$CDS_FILE.$$.new" ]; then
      if [[ "$CDS_FILE" == "$CDS_DIR/workbench-$product_key-"* ]]; then
        local old
        for old in "$CDS_DIR/workbench-$product_key-"*.aot; do [ "$old" = "$CDS_FILE" ] || rm -f "$old"; done
      fi
      mv -f "$CDS_FILE.$$.new" "$CDS_FILE"
    fi
    rm -f "$CDS_FILE.$$.new" "$CDS_FILE.$$.new.config"
  }
else
  CDS_FILE="$CDS_DIR/workbench.jsa"
  cds_args() { echo "-XX:+AutoCreateSharedArchive"; echo "-XX:SharedArchiveFile=$CDS_FILE"; }
  cds_done() { :; }
fi
# Re-read before each start: the first start writes the cache that later ones use.
workbench_jvm_args() {
  mapfile -t cds < <(cds_args)
  WORKBENCH_JVM_ARGS=("${WORKBENCH_BASE_ARGS[@]}" "${cds[@]}")
}
workbench_jvm_args
LAUNCHER="$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)"
