/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server;

import java.util.List;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.sourcemodelwatcher.SourceModelWatcher;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.LayoutOperationHandler;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.phaen.diagram.server.internal.operations.CreateEdgeHandler;
import org.phaen.diagram.server.internal.operations.CreateNodeHandler;
import org.phaen.diagram.server.internal.operations.DeleteHandler;
import org.phaen.diagram.server.internal.operations.MoveHandler;
import org.phaen.diagram.server.internal.operations.RelayoutHandler;
import org.phaen.diagram.server.internal.operations.RenameHandler;
import org.phaen.diagram.server.model.FoldHandler;
import org.phaen.diagram.server.model.PhaenDiagramConfiguration;
import org.phaen.diagram.server.model.PhaenPalette;
import org.phaen.diagram.server.model.PlanChangeWatcher;
import org.phaen.diagram.server.model.PlanGModelFactory;
import org.phaen.diagram.server.model.PlanMarkers;
import org.phaen.diagram.server.model.PlanModelState;
import org.phaen.diagram.server.model.PlanModelSubmission;
import org.phaen.diagram.server.model.PlanStorage;

/** One diagram type (a description id: strategy-map, alignment, partner-network) as GLSP serves it. */
public final class PhaenDiagramModule extends DiagramModule {

    private final String diagramType;

    public PhaenDiagramModule(String diagramType) {
        this.diagramType = diagramType;
    }

    @Override
    public String getDiagramType() {
        return diagramType;
    }

    /**
     * Everything that needs the session's PlanModelState is bound here, in the client session's injector: left to
     * just-in-time binding, Guice would make it in the server's injector, with a state of its own.
     */
    @Override
    protected void configureBase() {
        super.configureBase();
        for (Class<?> type : List.of(
                PlanStorage.class,
                PlanGModelFactory.class,
                PhaenPalette.class,
                RelayoutHandler.class,
                MoveHandler.class,
                RenameHandler.class,
                DeleteHandler.class,
                CreateNodeHandler.class,
                CreateEdgeHandler.class,
                PlanChangeWatcher.class,
                PlanChangeWatcher.RefreshHandler.class,
                PlanMarkers.class,
                FoldHandler.class)) {
            bind(type);
        }
        bind(ModelSubmissionHandler.class).to(PlanModelSubmission.class);
    }

    @Override
    protected Class<? extends GModelState> bindGModelState() {
        return PlanModelState.class;
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return PhaenDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
        return PlanStorage.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return PlanGModelFactory.class;
    }

    @Override
    protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return PhaenPalette.class;
    }

    @Override
    protected Class<? extends ModelValidator> bindModelValidator() {
        return PlanMarkers.class;
    }

    @Override
    protected Class<? extends SourceModelWatcher> bindSourceModelWatcher() {
        return PlanChangeWatcher.class;
    }

    @Override
    protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
        super.configureActionHandlers(binding);
        binding.add(PlanChangeWatcher.RefreshHandler.class);
        binding.add(FoldHandler.class);
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        super.configureOperationHandlers(binding);
        binding.remove(LayoutOperationHandler.class);
        binding.add(RelayoutHandler.class);
        binding.add(MoveHandler.class);
        binding.add(RenameHandler.class);
        binding.add(DeleteHandler.class);
        binding.add(CreateNodeHandler.class);
        binding.add(CreateEdgeHandler.class);
    }
}
