package org.phaen.instruments;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The renderers on the class path (ServiceLoader), by format name. */
public final class Renderers {

    private Renderers() {}

    public static Map<String, InstrumentRenderer> available() {
        Map<String, InstrumentRenderer> byFormat = new TreeMap<>();
        for (InstrumentRenderer renderer :
                ServiceLoader.load(InstrumentRenderer.class, InstrumentRenderer.class.getClassLoader())) {
            byFormat.put(renderer.format(), renderer);
        }
        return byFormat;
    }
}
