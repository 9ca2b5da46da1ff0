package org.phaen.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A small integrator's program on the Phaen model library, in plain Java (no OSGi; CI runs it with
 * {@code org.eclipse.osgi} excluded from the class path): reading the sample plans, building and validating a plan
 * of its own, and handling bad input. Its output is deterministic; CI compares it with {@code expected-output.txt}.
 *
 * <p>Arguments: the folder of the sample plans, and a work folder (the samples are copied there first).
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    public static void main(String[] args) throws Exception {
        Path samples = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        for (String name : new String[] { ReadingPlans.REGIONAL, ReadingPlans.PROVINCIAL }) {
            Files.copy(samples.resolve(name), work.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println("OSGi framework on the class path: " + (onClassPath("org.osgi.framework.FrameworkUtil") ? "yes" : "no"));
        ReadingPlans.run(work);
        WritingPlans.run(work);
        BadInput.run(work);
    }

    private static boolean onClassPath(String className) {
        try {
            Class.forName(className, false, EmbeddingExample.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
