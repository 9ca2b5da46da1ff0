package bench.bare.rcp;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** A perspective with nothing in it but the editor area. */
public class EmptyPerspective implements IPerspectiveFactory {

    static final String ID = "bench.bare.rcp.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        // empty
    }
}
