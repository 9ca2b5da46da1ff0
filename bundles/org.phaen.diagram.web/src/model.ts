/*
 * Client-side model classes for the Phaen GModel contract (see README.md).
 */
import {
    Args,
    argsFeature,
    boundsFeature,
    connectableFeature,
    containerFeature,
    deletableFeature,
    DIAMOND_ANCHOR_KIND,
    Dimension,
    EditableLabel,
    ELLIPTIC_ANCHOR_KIND,
    fadeFeature,
    GChildElement,
    GLabel,
    GModelElement,
    GNode,
    GShapeElement,
    hoverFeedbackFeature,
    isEditableLabel,
    moveFeature,
    Nameable,
    nameFeature,
    Point,
    popupFeature,
    RECTANGULAR_ANCHOR_KIND,
    resizeFeature,
    selectFeature,
    WithEditableLabel,
    withEditLabelFeature
} from '@eclipse-glsp/client';

export const PHAEN_GRAPH = 'graph';
export const PHAEN_NODE = 'phaen:node';
export const PHAEN_LABEL = 'phaen:label';
export const PHAEN_EDGE = 'phaen:edge';

export type PhaenShape = 'rectangle' | 'rounded' | 'ellipse' | 'hexagon' | 'parallelogram' | 'diamond';

export interface PhaenBadge {
    text: string;
    fill?: string;
    /** What the badge stands for, shown as its tooltip (empty for none). */
    title?: string;
}

export function argString(args: Args | undefined, key: string, fallback = ''): string {
    const value = args?.[key];
    return value === undefined || value === null ? fallback : String(value);
}

export function argNumber(args: Args | undefined, key: string, fallback: number): number {
    const value = args?.[key];
    const n = typeof value === 'number' ? value : parseFloat(String(value ?? ''));
    return Number.isFinite(n) ? n : fallback;
}

export class PhaenNode extends GNode implements WithEditableLabel, Nameable {
    static override readonly DEFAULT_FEATURES = [
        connectableFeature,
        deletableFeature,
        selectFeature,
        boundsFeature,
        moveFeature,
        resizeFeature,
        fadeFeature,
        hoverFeedbackFeature,
        popupFeature,
        nameFeature,
        withEditLabelFeature,
        containerFeature,
        argsFeature
    ];

    args?: Args;

    get shape(): PhaenShape {
        return argString(this.args, 'shape', 'rectangle') as PhaenShape;
    }

    override get anchorKind(): string | undefined {
        switch (this.shape) {
            case 'ellipse':
                return ELLIPTIC_ANCHOR_KIND;
            case 'diamond':
                return DIAMOND_ANCHOR_KIND;
            default:
                return RECTANGULAR_ANCHOR_KIND;
        }
    }

    get editableLabel(): (GChildElement & EditableLabel) | undefined {
        const label = this.children.find(child => child.type === PHAEN_LABEL);
        return label && isEditableLabel(label) ? label : undefined;
    }

    get name(): string {
        return this.editableLabel?.text ?? argString(this.args, 'lines').replace(/\n/g, ' ');
    }

    get lines(): string[] {
        const lines = argString(this.args, 'lines');
        return lines.length > 0 ? lines.split('\n') : [];
    }

    get badges(): PhaenBadge[] {
        const raw = argString(this.args, 'badges');
        if (!raw) {
            return [];
        }
        try {
            const parsed = JSON.parse(raw);
            return Array.isArray(parsed) ? parsed.filter(b => b && typeof b.text === 'string') : [];
        } catch {
            return [];
        }
    }

    /** A node that contains other nodes is drawn as a container (title at the top). */
    get isContainer(): boolean {
        return this.children.some(child => child instanceof GNode);
    }

    /** Fallback when the server sends no containment type hint: Phaen nodes may nest Phaen nodes. */
    isContainableElement(input: GModelElement | string): boolean {
        const type = typeof input === 'string' ? input : input.type;
        return type === PHAEN_NODE || type.startsWith(PHAEN_NODE + ':');
    }
}

/**
 * The node's name. It is not drawn (the node view draws args.lines); it only serves GLSP's in-place label editing,
 * so the edit box is placed over the whole node.
 */
export class PhaenLabel extends GLabel implements EditableLabel {
    protected get parentSize(): Dimension {
        const parent = this.parent;
        return parent instanceof GShapeElement ? parent.size : { width: 160, height: 40 };
    }

    get editControlDimension(): Dimension {
        const size = this.parentSize;
        return { width: Math.max(size.width, 120), height: 28 };
    }

    get editControlPositionCorrection(): Point {
        const size = this.parentSize;
        const width = Math.max(size.width, 120);
        return {
            x: -this.position.x - (width - size.width) / 2,
            y: -this.position.y + Math.max(0, (Math.min(size.height, 80) - 28) / 2)
        };
    }
}
