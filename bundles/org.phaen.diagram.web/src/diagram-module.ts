/*
 * Element configuration for the Phaen diagrams: this is the client side of the GModel contract with the
 * Java GLSP server (see README.md).
 */
import {
    Action,
    ConsoleLogger,
    ContainerConfiguration,
    DefaultTypes,
    DeleteElementContextMenuItemProvider,
    editLabelFeature,
    FeatureModule,
    GEdge,
    GGraph,
    GModelElement,
    GModelRegistry,
    GModelRoot,
    GViewRegistry,
    ISelectionListener,
    IGModelRootListener,
    IView,
    IVNodePostprocessor,
    LogLevel,
    RevealNamedElementActionProvider,
    TYPES,
    ToolPalette,
    bindAsService,
    bindOrRebind,
    configureDefaultModelElements,
    configureModelElement,
    initializeDiagramContainer,
    overrideModelElement
} from '@eclipse-glsp/client';
import { Container, injectable } from 'inversify';
import { VNode } from 'snabbdom';
import { PhaenToolPalette } from './palette';
import { PhaenProjectionView } from './projection-view';
import { PHAEN_EDGE, PHAEN_LABEL, PHAEN_NODE, PhaenLabel, PhaenNode } from './model';
import { PhaenEdgeView, PhaenLabelView, PhaenNodeView } from './views';

export const PHAEN_DIAGRAM_TYPES = ['strategy-map', 'alignment', 'partner-network'] as const;
export const PHAEN_BASE_DIV = 'phaen-diagram';

/**
 * Element type ids of creation tools are sub types of the model element types, e.g. `phaen:node:Strategy` and
 * `phaen:edge:implements`. The client creates elements of these types for feedback (e.g. the edge drawn while
 * creating an edge), so a `phaen:...` type without own registration falls back to its longest registered prefix.
 */
function resolvePhaenType(key: string, has: (key: string) => boolean): string {
    if (has(key) || !key.startsWith('phaen:')) {
        return key;
    }
    const segments = key.split(':');
    while (segments.length > 1) {
        segments.pop();
        const candidate = segments.join(':');
        if (has(candidate)) {
            return candidate;
        }
    }
    return key;
}

@injectable()
export class PhaenModelRegistry extends GModelRegistry {
    override hasKey(key: string): boolean {
        return super.hasKey(resolvePhaenType(key, k => super.hasKey(k)));
    }
    override get(key: string, arg: void): GModelElement {
        return super.get(resolvePhaenType(key, k => super.hasKey(k)), arg);
    }
}

@injectable()
export class PhaenViewRegistry extends GViewRegistry {
    override get(key: string): IView {
        return super.get(resolvePhaenType(key, k => super.hasKey(k)));
    }
}

/** State published on `window.phaenDiagram` for the test harness and the Java (SWT Browser) editor. */
export interface PhaenDiagramHook {
    ready: boolean;
    renderMillis?: number;
    nodeCount: number;
    edgeCount: number;
    modelNodeCount: number;
    updates: number;
    renders: number;
    revision?: number;
    error?: string;
    selection: string[];
    clientId?: string;
    diagramType?: string;
    sourceUri?: string;
    dispatch?: (action: Action | string) => Promise<void>;
    select?: (ids: string[] | string) => Promise<void>;
    /** Ids of the nodes in the current model (node ids are `elementUuid/mapping`). */
    nodeIds: string[];
    /** Ids of the folded nodes (the server's Folding marks them with the css class 'folded'): exports fold them too. */
    folded: string[];
    /** Selects the nodes showing the given model elements (by UUID), as the workbench's other views select them. */
    selectElements?: (uuids: string[] | string) => Promise<void>;
    /** The view (viewport.ts): zoom factor, zoom about the centre, 100 %, fit all, open on elements, reveal one. */
    zoom?: () => number;
    zoomBy?: (factor: number) => Promise<void>;
    actualSize?: () => Promise<void>;
    fit?: () => Promise<void>;
    focus?: (uuids: string[] | string) => Promise<void>;
    reveal?: (uuid: string) => Promise<void>;
    /** The visible area and the node boxes, for the Outline view's overview; moving the visible area. */
    overview?: () => (number | string)[][];
    scrollTo?: (x: number, y: number) => Promise<void>;
    /** Width / height of the page when it asked for the diagram: the layout's aspect ratio. */
    aspectRatio?: number;
    /** Folds the selected nodes' subtrees, or unfolds them when folded (fold.ts; key Ctrl+.). */
    toggleFold?: () => Promise<void>;
}

declare global {
    interface Window {
        phaenDiagram: PhaenDiagramHook;
        phaenSelectionChanged?: (selectedIdsJson: string) => unknown;
        /** The Java editor's find box (Ctrl+F in the page). */
        phaenFind?: () => unknown;
        /** Told after each drawing (a new model, a scroll or a zoom): the Outline view's overview follows. */
        phaenViewChanged?: () => unknown;
    }
}

export function phaenHook(): PhaenDiagramHook {
    if (!window.phaenDiagram) {
        window.phaenDiagram = { ready: false, nodeCount: 0, edgeCount: 0, modelNodeCount: 0, updates: 0, renders: 0, selection: [], nodeIds: [], folded: [] };
    }
    return window.phaenDiagram;
}

function countRendered(hook: PhaenDiagramHook): void {
    const base = document.getElementById(PHAEN_BASE_DIV);
    if (base) {
        hook.nodeCount = base.querySelectorAll('g.phaen-node').length;
        hook.edgeCount = base.querySelectorAll('g.phaen-edge').length;
    }
}

/**
 * Keeps `window.phaenDiagram` up to date: counts are refreshed after every DOM patch of the main viewer
 * (postUpdate), and every new model root from the server (SetModel/UpdateModel, signalled after the DOM patch)
 * increments `updates`; the first non-empty one sets `ready` and `renderMillis`.
 */
@injectable()
export class PhaenRenderHook implements IVNodePostprocessor, IGModelRootListener {
    decorate(vnode: VNode, _element: GModelElement): VNode {
        return vnode;
    }

    postUpdate(_cause?: Action): void {
        const hook = phaenHook();
        hook.renders++;
        if (hook.ready) {
            countRendered(hook);
            window.phaenViewChanged?.();
        }
    }

    modelRootChanged(root: Readonly<GModelRoot>): void {
        if (root.type === 'NONE') {
            return;
        }
        const hook = phaenHook();
        hook.updates++;
        hook.revision = root.revision;
        const nodes = Array.from(root.index.all()).filter(e => e instanceof PhaenNode) as PhaenNode[];
        hook.nodeIds = nodes.map(e => e.id);
        hook.folded = nodes.filter(e => e.cssClasses?.includes('folded')).map(e => e.id);
        hook.modelNodeCount = hook.nodeIds.length;
        countRendered(hook);
        if (!hook.ready) {
            hook.renderMillis = Math.round(performance.now());
            hook.ready = true;
            document.body.setAttribute('data-phaen-ready', 'true');
        }
    }
}

/** Reports selection changes to `window.phaenSelectionChanged` (installed by Java as a BrowserFunction). */
@injectable()
export class PhaenSelectionListener implements ISelectionListener {
    selectionChanged(_root: Readonly<GModelRoot>, selectedElements: string[]): void {
        phaenHook().selection = [...selectedElements];
        if (typeof window.phaenSelectionChanged === 'function') {
            try {
                window.phaenSelectionChanged(JSON.stringify(selectedElements));
            } catch (error) {
                console.error('phaenSelectionChanged failed', error);
            }
        }
    }
}

export const phaenDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
        bindOrRebind(context, TYPES.SModelRegistry).to(PhaenModelRegistry).inSingletonScope();
        bindOrRebind(context, TYPES.ViewRegistry).to(PhaenViewRegistry).inSingletonScope();
        bindOrRebind(context, ToolPalette).to(PhaenToolPalette).inSingletonScope();
        bindAsService(context, TYPES.ICommandPaletteActionProvider, RevealNamedElementActionProvider);
        bindAsService(context, TYPES.IContextMenuItemProvider, DeleteElementContextMenuItemProvider);

        configureDefaultModelElements(context);
        overrideModelElement(context, DefaultTypes.GRAPH, GGraph, PhaenProjectionView);
        configureModelElement(context, PHAEN_NODE, PhaenNode, PhaenNodeView);
        configureModelElement(context, PHAEN_LABEL, PhaenLabel, PhaenLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, PHAEN_EDGE, GEdge, PhaenEdgeView);

        bind(PhaenRenderHook).toSelf().inSingletonScope();
        bind(TYPES.IVNodePostprocessor).toService(PhaenRenderHook);
        bind(TYPES.IGModelRootListener).toService(PhaenRenderHook);
        bindAsService(context, TYPES.ISelectionListener, PhaenSelectionListener);
    },
    { featureId: Symbol('phaenDiagram') }
);

/** Creates the DI container: GLSP default modules + the given configuration (standalone modules, options) + Phaen. */
export function createPhaenDiagramContainer(...configuration: ContainerConfiguration): Container {
    return initializeDiagramContainer(new Container(), ...configuration, phaenDiagramModule);
}
