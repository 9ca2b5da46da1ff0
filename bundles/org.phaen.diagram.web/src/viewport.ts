/*
 * Zoom and view commands of the Phaen diagram, for the keys (Ctrl+=, Ctrl+-, Ctrl+0, Ctrl+F) and for the Java
 * editor's toolbar (through window.phaenDiagram): zoom in and out about the centre, 100 %, fit the whole diagram,
 * open on some elements at a readable zoom, and reveal one element (selected, centred at 100 %).
 */
import {
    Bounds,
    CenterAction,
    EditorContextService,
    FitToScreenAction,
    GChildElement,
    GModelElement,
    GLSPActionDispatcher,
    SelectAction,
    SetViewportAction,
    isBoundsAware,
    isViewport
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { PhaenNode } from './model';

/** Below this zoom Thai labels of 14 px are no longer readable on screen. */
export const READABLE_ZOOM = 0.6;
const MIN_ZOOM = 0.05;
const MAX_ZOOM = 4;
const PADDING = 30;

export class PhaenViewport {
    constructor(private readonly container: () => Container) {}

    private root() {
        return this.container().get(EditorContextService).modelRoot;
    }

    private dispatch(...actions: Parameters<GLSPActionDispatcher['dispatch']>[0][]): Promise<void> {
        return this.container().get(GLSPActionDispatcher).dispatchAll(actions);
    }

    zoom(): number {
        const root = this.root();
        return isViewport(root) ? root.zoom : 1;
    }

    /** Multiplies the zoom, keeping the point at the centre of the view where it is. */
    async zoomBy(factor: number): Promise<void> {
        const root = this.root();
        if (!isViewport(root)) {
            return;
        }
        const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, root.zoom * factor));
        const view = root.canvasBounds;
        const centre = { x: root.scroll.x + view.width / 2 / root.zoom, y: root.scroll.y + view.height / 2 / root.zoom };
        const scroll = { x: centre.x - view.width / 2 / zoom, y: centre.y - view.height / 2 / zoom };
        await this.dispatch(SetViewportAction.create(root.id, { scroll, zoom }, { animate: false }));
    }

    async actualSize(): Promise<void> {
        await this.zoomBy(1 / this.zoom());
    }

    async fit(): Promise<void> {
        await this.dispatch(FitToScreenAction.create([], { padding: PADDING, animate: false }));
    }

    /**
     * Opens the view on the nodes of these model elements: all of them if they fit at a readable zoom (never above
     * 100 %), otherwise the first ones from the top-left at the readable zoom.
     */
    async focus(uuids: string[]): Promise<void> {
        const root = this.root();
        const nodes = this.nodesOf(uuids);
        if (!isViewport(root) || nodes.length === 0) {
            return;
        }
        const boxes = nodes.map(absoluteBounds);
        const box = boxes.reduce(union);
        const view = root.canvasBounds;
        const fitting = Math.min(1, (view.width - 2 * PADDING) / box.width, (view.height - 2 * PADDING) / box.height);
        const zoom = Math.max(READABLE_ZOOM, fitting);
        const scroll = fitting >= READABLE_ZOOM
            ? { x: box.x + box.width / 2 - view.width / 2 / zoom, y: box.y + box.height / 2 - view.height / 2 / zoom }
            : { x: box.x - PADDING / zoom, y: box.y - PADDING / zoom };
        await this.dispatch(SetViewportAction.create(root.id, { scroll, zoom }, { animate: false }));
    }

    /** Selects the element's node and centres it at 100 %. */
    async reveal(uuid: string): Promise<void> {
        const ids = this.nodesOf([uuid]).map(node => node.id);
        if (ids.length > 0) {
            await this.dispatch(
                SelectAction.create({ selectedElementsIDs: ids, deselectedElementsIDs: true }),
                CenterAction.create(ids, { retainZoom: false, animate: false })
            );
        }
    }

    /**
     * The whole diagram for an overview (the Outline view's minimap), in diagram coordinates: first the visible
     * area [x, y, width, height], then each node's [x, y, width, height, fill].
     */
    overview(): (number | string)[][] {
        const root = this.root();
        const nodes = Array.from(root.index.all())
            .filter((e): e is PhaenNode => e instanceof PhaenNode)
            .map(node => {
                const b = absoluteBounds(node);
                return [b.x, b.y, b.width, b.height, String(node.args?.fill ?? '#dddddd')];
            });
        const view = isViewport(root)
            ? [root.scroll.x, root.scroll.y, root.canvasBounds.width / root.zoom, root.canvasBounds.height / root.zoom]
            : [0, 0, 0, 0];
        return [view, ...nodes];
    }

    /** Moves the view so that its top-left corner is at this diagram point, keeping the zoom. */
    async scrollTo(x: number, y: number): Promise<void> {
        const root = this.root();
        if (isViewport(root)) {
            await this.dispatch(SetViewportAction.create(root.id, { scroll: { x, y }, zoom: root.zoom }, { animate: false }));
        }
    }

    /** Node ids are `elementUuid/mapping`. */
    private nodesOf(uuids: string[]): PhaenNode[] {
        const wanted = new Set(uuids);
        return Array.from(this.root().index.all())
            .filter((e): e is PhaenNode => e instanceof PhaenNode && wanted.has(e.id.substring(0, e.id.lastIndexOf('/'))))
            .sort((a, b) => uuids.indexOf(a.id.substring(0, a.id.lastIndexOf('/'))) - uuids.indexOf(b.id.substring(0, b.id.lastIndexOf('/'))));
    }
}

/** Bounds in diagram coordinates: node positions are relative to their container. */
function absoluteBounds(element: GModelElement): Bounds {
    const own = isBoundsAware(element) ? element.bounds : { x: 0, y: 0, width: 0, height: 0 };
    let x = own.x;
    let y = own.y;
    for (let parent = (element as GChildElement).parent; parent && parent instanceof GChildElement; parent = parent.parent) {
        if (isBoundsAware(parent)) {
            x += parent.bounds.x;
            y += parent.bounds.y;
        }
    }
    return { x, y, width: own.width, height: own.height };
}

function union(a: Bounds, b: Bounds): Bounds {
    const x = Math.min(a.x, b.x);
    const y = Math.min(a.y, b.y);
    return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/**
 * The keys of the view, handled before GLSP's own: Ctrl+= (and Ctrl++) zooms in, Ctrl+- out, Ctrl+0 to 100 %,
 * Ctrl+Shift+0 fits the whole diagram, Ctrl+F asks the editor for its find box (window.phaenFind).
 */
export function installViewKeys(viewport: PhaenViewport, find: () => void, fold: () => void): void {
    document.addEventListener('keydown', event => {
        if (!(event.ctrlKey || event.metaKey) || event.altKey) {
            return;
        }
        let handled = true;
        if (event.key === '=' || event.key === '+') {
            void viewport.zoomBy(1.25);
        } else if (event.key === '-' || event.key === '_') {
            void viewport.zoomBy(0.8);
        } else if (event.code === 'Digit0' || event.code === 'Numpad0') {
            void (event.shiftKey ? viewport.fit() : viewport.actualSize());
        } else if (event.key === 'f' || event.key === 'F') {
            find();
        } else if (event.key === '.') {
            fold();
        } else {
            handled = false;
        }
        if (handled) {
            event.preventDefault();
            event.stopPropagation();
        }
    }, true);
}
