package org.phaen.monitoring.store;

import java.nio.file.Path;

/** A child process of {@link EmbeddedDerbyStoreTest}: another program holding an embedded store open until its input ends. */
public final class StoreHolder {

    private StoreHolder() {}

    public static void main(String[] args) throws Exception {
        try (MonitoringStore store = MonitoringStore.embedded(Path.of(args[0]))) {
            System.out.println("READY");
            System.out.flush();
            while (System.in.read() >= 0) {
                // held until the test ends this process
            }
        }
    }
}
