package org.phaen.monitoring.store;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The default store: embedded Derby in a folder, created on first use. */
class EmbeddedDerbyStoreTest extends StoreContract {

    @TempDir
    Path dir;

    @Override
    MonitoringStore newStore() throws Exception {
        return MonitoringStore.embedded(dir.resolve("store"));
    }

    @Override
    MonitoringStore sameStoreAgain() throws Exception {
        return MonitoringStore.open("jdbc:derby:" + dir.resolve("store"), null, null);
    }
}
