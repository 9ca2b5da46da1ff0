package bench.bare.rcp;

import java.lang.management.ManagementFactory;

import javax.management.JMException;
import javax.management.ObjectName;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * The anchor of {@code phaen bench workbench}: the platform's workbench with an empty perspective and no Phaen bundle,
 * its window the size of Phaen's. Prints the time from the JVM's start to the usable window and the process's CPU time
 * as Phaen's bench mode does (once the workbench has started), then closes.
 */
public class BareApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            PlatformUI.createAndRunWorkbench(display, new WorkbenchAdvisor() {
                @Override
                public void initialize(IWorkbenchConfigurer configurer) {
                    super.initialize(configurer);
                    configurer.setSaveAndRestore(false); // as Phaen's workbench
                }

                @Override
                public String getInitialWindowPerspectiveId() {
                    return EmptyPerspective.ID;
                }

                @Override
                public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
                    return new WorkbenchWindowAdvisor(configurer) {
                        @Override
                        public void preWindowOpen() {
                            configurer.setInitialSize(new Point(1280, 820));
                            configurer.setShowStatusLine(true);
                            configurer.setShowMenuBar(true);
                        }
                    };
                }

                @Override
                public void postStartup() {
                    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("phaen-bench window-ms=" + (System.currentTimeMillis() - jvmStart) + " process-cpu-ms="
                        + processCpuNanos() / 1_000_000);
                    System.out.flush();
                    display.asyncExec(() -> getWorkbenchConfigurer().getWorkbench().close());
                }
            });
            return EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /** CPU time of all the JVM's threads so far, as Phaen's bench mode reads it. */
    private static long processCpuNanos() {
        try {
            return (Long) ManagementFactory.getPlatformMBeanServer().getAttribute(new ObjectName("java.lang:type=OperatingSystem"),
                "ProcessCpuTime");
        } catch (JMException | RuntimeException e) {
            return 0;
        }
    }

    @Override
    public void stop() {
        // closes itself once timed
    }
}
