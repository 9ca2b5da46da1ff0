/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.rcp;

import java.net.URL;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages;
import org.osgi.framework.Bundle;

/**
 * The Problems view's severity and quick-fix icons. The IDE's own workbench advisor declares them; an RCP
 * application must do it itself, or the view shows the "missing image" red square for each severity.
 */
@SuppressWarnings("restriction")
final class MarkerImages {

    private MarkerImages() {}

    static void declare(IWorkbenchConfigurer configurer) {
        Bundle ide = Platform.getBundle("org.eclipse.ui.ide");
        declare(configurer, ide, IDEInternalWorkbenchImages.IMG_OBJS_ERROR_PATH, "obj16/error_tsk.png");
        declare(configurer, ide, IDEInternalWorkbenchImages.IMG_OBJS_WARNING_PATH, "obj16/warn_tsk.png");
        declare(configurer, ide, IDEInternalWorkbenchImages.IMG_OBJS_INFO_PATH, "obj16/info_tsk.png");
        declare(configurer, ide, IDEInternalWorkbenchImages.IMG_OBJS_FIXABLE_ERROR, "obj16/quickfix_error_obj.png");
        declare(configurer, ide, IDEInternalWorkbenchImages.IMG_OBJS_FIXABLE_WARNING, "obj16/quickfix_warning_obj.png");
        declare(configurer, ide, IDEInternalWorkbenchImages.IMG_OBJS_FIXABLE_INFO, "obj16/quickfix_info_obj.png");
        declare(configurer, ide, IDEInternalWorkbenchImages.IMG_OBJS_COMPLETE_TSK, "obj16/complete_tsk.png");
        declare(configurer, ide, IDEInternalWorkbenchImages.IMG_OBJS_INCOMPLETE_TSK, "obj16/incomplete_tsk.png");
        declare(configurer, ide, IDEInternalWorkbenchImages.IMG_ELCL_QUICK_FIX_ENABLED, "elcl16/smartmode_co.png");
        declare(configurer, ide, IDEInternalWorkbenchImages.IMG_DLCL_QUICK_FIX_DISABLED, "dlcl16/smartmode_co.png");
        declare(configurer, ide, IDEInternalWorkbenchImages.IMG_DLGBAN_QUICKFIX_DLG, "wizban/quick_fix.png");
    }

    private static void declare(IWorkbenchConfigurer configurer, Bundle ide, String key, String path) {
        URL url = ide == null
                ? null
                : FileLocator.find(ide, new org.eclipse.core.runtime.Path("icons/full/" + path), null);
        if (url != null) {
            configurer.declareImage(key, ImageDescriptor.createFromURL(url), true);
        }
    }
}
