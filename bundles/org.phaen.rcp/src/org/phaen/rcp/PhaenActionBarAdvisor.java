/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.rcp;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.phaen.ui.welcome.Welcome;

/** File, Edit, Window and Help menus; Save, Undo and Redo are retargeted to whichever editor is active. */
final class PhaenActionBarAdvisor extends ActionBarAdvisor {

    PhaenActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void fillMenuBar(IMenuManager bar) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
        MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
        file.add(registered(ActionFactory.NEW.create(window)));
        file.add(new OpenPlanAction(window));
        file.add(new Separator());
        file.add(registered(ActionFactory.SAVE.create(window)));
        file.add(registered(ActionFactory.SAVE_ALL.create(window)));
        file.add(registered(ActionFactory.CLOSE.create(window)));
        file.add(new Separator());
        file.add(registered(ActionFactory.IMPORT.create(window)));
        file.add(registered(ActionFactory.EXPORT.create(window)));
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(registered(ActionFactory.QUIT.create(window)));
        MenuManager edit = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
        edit.add(registered(ActionFactory.UNDO.create(window)));
        edit.add(registered(ActionFactory.REDO.create(window)));
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        MenuManager windows = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
        windows.add(registered(ActionFactory.RESET_PERSPECTIVE.create(window)));
        windows.add(registered(ActionFactory.PREFERENCES.create(window)));
        MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
        help.add(new Action(Messages.Action_welcome) {
            @Override
            public void run() {
                Welcome.show(window.getActivePage());
            }
        });
        help.add(registered(ActionFactory.ABOUT.create(window)));
        bar.add(file);
        bar.add(edit);
        bar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        bar.add(windows);
        bar.add(help);
    }

    private <T extends org.eclipse.jface.action.IAction> T registered(T action) {
        register(action); // so the workbench disposes it and binds its key
        return action;
    }
}
