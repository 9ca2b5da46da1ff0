/** @jsx svg */
/*
 * Views for the Phaen GModel contract: phaen:node (six shapes, pre-broken label lines, badges, marker),
 * phaen:label (invisible, only used for in-place editing) and phaen:edge (styled polyline with arrow head).
 */
import {
    angleOfPoint,
    GEdge,
    GLabel,
    IView,
    Point,
    PolylineEdgeView,
    RenderingContext,
    setClass,
    ShapeView,
    svg,
    toDegrees
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';
import { argNumber, argString, PhaenBadge, PhaenNode } from './model';

// the JSX factory must stay referenced even when only used through the pragma
void svg;

export const LABEL_FONT_SIZE = 14;
export const LINE_HEIGHT = 18;
export const SELECTION_COLOR = '#1d80d1';
const BADGE_HEIGHT = 16;
const BADGE_FONT_SIZE = 11;
const FONT_FAMILY = '"Sarabun", "TH Sarabun New", "Laksaman", "Noto Sans Thai", sans-serif';

let measureContext: CanvasRenderingContext2D | null | undefined;
function measureText(text: string, fontSize: number): number {
    if (measureContext === undefined) {
        measureContext = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
    }
    if (measureContext) {
        measureContext.font = `${fontSize}px ${FONT_FAMILY}`;
        return measureContext.measureText(text).width;
    }
    return text.length * fontSize * 0.6;
}

function shapeElement(node: PhaenNode, style: Record<string, string>): VNode {
    const w = Math.max(node.size.width, 0);
    const h = Math.max(node.size.height, 0);
    // bboxElement: when GLSP/sprotty measure the node in the hidden DOM (RequestBounds / LocalRequestBounds), only the
    // shape counts, so badges, the invisible name label and markers never change the node size the server sent.
    const common = { 'class-sprotty-node': true, 'class-phaen-shape': true, 'class-selected': node.selected, style, bboxElement: 1 };
    switch (node.shape) {
        case 'rounded': {
            const r = Math.min(12, h / 4, w / 4);
            return <rect {...common} x={0} y={0} width={w} height={h} rx={r} ry={r} />;
        }
        case 'ellipse':
            return <ellipse {...common} cx={w / 2} cy={h / 2} rx={w / 2} ry={h / 2} />;
        case 'hexagon': {
            const i = Math.min(w * 0.15, h / 2);
            return <polygon {...common} points={`${i},0 ${w - i},0 ${w},${h / 2} ${w - i},${h} ${i},${h} 0,${h / 2}`} />;
        }
        case 'parallelogram': {
            const s = Math.min(w * 0.15, h / 2);
            return <polygon {...common} points={`${s},0 ${w},0 ${w - s},${h} 0,${h}`} />;
        }
        case 'diamond':
            return <polygon {...common} points={`${w / 2},0 ${w},${h / 2} ${w / 2},${h} 0,${h / 2}`} />;
        default:
            return <rect {...common} x={0} y={0} width={w} height={h} />;
    }
}

function renderLines(node: PhaenNode, color: string): VNode | undefined {
    const lines = node.lines;
    if (lines.length === 0) {
        return undefined;
    }
    const w = node.size.width;
    const h = node.size.height;
    const block = lines.length * LINE_HEIGHT;
    // baseline of the first line; containers put their title at the top
    const top = node.isContainer ? 6 : (h - block) / 2;
    const firstBaseline = top + LINE_HEIGHT * 0.78;
    return (
        <text class-phaen-lines={true} x={w / 2} y={firstBaseline} text-anchor='middle' style={{ fill: color }}>
            {...lines.map((line, index) => (
                <tspan x={w / 2} y={firstBaseline + index * LINE_HEIGHT}>
                    {line}
                </tspan>
            ))}
        </text>
    );
}

function renderBadges(node: PhaenNode): VNode[] {
    const badges: PhaenBadge[] = node.badges;
    let x = 8;
    return badges.map(badge => {
        const width = Math.ceil(measureText(badge.text, BADGE_FONT_SIZE)) + 12;
        const vnode = (
            <g class-phaen-badge={true} transform={`translate(${x}, ${-BADGE_HEIGHT / 2})`}>
                {badge.title ? <title>{badge.title}</title> : undefined}
                <rect
                    x={0}
                    y={0}
                    width={width}
                    height={BADGE_HEIGHT}
                    rx={BADGE_HEIGHT / 2}
                    ry={BADGE_HEIGHT / 2}
                    style={{ fill: badge.fill || '#6b7280', stroke: '#ffffff', strokeWidth: '1' }}
                />
                <text x={width / 2} y={BADGE_HEIGHT / 2 + 4} text-anchor='middle' style={{ fill: '#ffffff', fontSize: `${BADGE_FONT_SIZE}px` }}>
                    {badge.text}
                </text>
            </g>
        );
        x += width + 4;
        return vnode;
    });
}

function renderMarker(node: PhaenNode): VNode | undefined {
    const marker = argString(node.args, 'marker');
    if (marker !== 'error' && marker !== 'warning') {
        return undefined;
    }
    return (
        <circle
            class-phaen-marker={true}
            class-error={marker === 'error'}
            class-warning={marker === 'warning'}
            cx={node.size.width - 7}
            cy={7}
            r={5}
            style={{ fill: marker === 'error' ? '#dc2626' : '#f59e0b', stroke: '#ffffff', strokeWidth: '1' }}
        />
    );
}

@injectable()
export class PhaenNodeView extends ShapeView {
    render(node: Readonly<PhaenNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const args = node.args;
        const stroke = node.selected ? SELECTION_COLOR : argString(args, 'stroke', '#333333');
        // A folded node (the server's Folding marks it with the css class 'folded'): dashed and thicker.
        const folded = node.cssClasses?.includes('folded') ?? false;
        const strokeWidth = folded ? Math.max(3, argNumber(args, 'strokeWidth', 1)) : argNumber(args, 'strokeWidth', 1);
        const style: Record<string, string> = {
            fill: argString(args, 'fill', '#ffffff') || 'none',
            stroke,
            strokeWidth: String(node.selected ? Math.max(2, strokeWidth + 1) : strokeWidth),
            strokeDasharray: folded ? '10 5' : argString(args, 'dash') || 'none'
        };
        const kind = argString(args, 'kind');
        const vnode = (
            <g class-phaen-node={true} class-phaen-container={node.isContainer} class-mouseover={node.hoverFeedback} data-kind={kind}>
                {shapeElement(node as PhaenNode, style)}
                {renderLines(node as PhaenNode, argString(args, 'textColor', '#111111'))}
                {...renderBadges(node as PhaenNode)}
                {renderMarker(node as PhaenNode)}
                {context.renderChildren(node)}
            </g>
        );
        if (kind) {
            setClass(vnode, `kind-${kind}`, true);
        }
        return vnode;
    }
}

/** The name label is part of the model (for editing) but never painted: args.lines is painted instead. */
@injectable()
export class PhaenLabelView implements IView {
    render(label: Readonly<GLabel>, _context: RenderingContext): VNode {
        return (
            <text class-sprotty-label={true} class-phaen-label={true} x={0} y={LABEL_FONT_SIZE} style={{ textAnchor: 'start' }}>
                {label.text}
            </text>
        );
    }
}

@injectable()
export class PhaenEdgeView extends PolylineEdgeView {
    override render(edge: Readonly<GEdge>, context: RenderingContext): VNode | undefined {
        const router = this.edgeRouterRegistry.get(edge.routerKind);
        const route = router.route(edge);
        if (route.length === 0) {
            return this.renderDanglingEdge('Cannot compute route', edge, context);
        }
        if (!this.isVisible(edge, route, context)) {
            if (edge.children.length === 0) {
                return undefined;
            }
            return <g>{context.renderChildren(edge, { route })}</g>;
        }
        return (
            <g class-sprotty-edge={true} class-phaen-edge={true} class-selected={edge.selected} class-mouseover={edge.hoverFeedback}>
                {this.renderLine(edge, route, context)}
                {...this.renderAdditionals(edge, route, context)}
                {context.renderChildren(edge, { route })}
            </g>
        );
    }

    protected edgeColor(edge: Readonly<GEdge>): string {
        return edge.selected ? SELECTION_COLOR : argString(edge.args, 'stroke', '#333333');
    }

    protected override renderLine(edge: GEdge, segments: Point[], _context: RenderingContext): VNode {
        const width = argNumber(edge.args, 'strokeWidth', 1.5);
        return (
            <path
                class-phaen-edge-line={true}
                d={pathFor(segments)}
                style={{
                    fill: 'none',
                    stroke: this.edgeColor(edge),
                    strokeWidth: String(edge.selected ? width + 1 : width),
                    strokeDasharray: argString(edge.args, 'dash') || 'none'
                }}
            />
        );
    }

    protected override renderAdditionals(edge: GEdge, segments: Point[], _context: RenderingContext): VNode[] {
        const result: VNode[] = [
            // wide transparent path: makes thin edges easy to hit with the mouse
            <path
                class-mouse-handle={true}
                d={pathFor(segments)}
                style={{ fill: 'none', stroke: 'transparent', strokeWidth: '10', strokeDasharray: 'none' }}
            />
        ];
        if (argString(edge.args, 'arrow', 'end') === 'end' && segments.length >= 2) {
            const p1 = segments[segments.length - 2];
            const p2 = segments[segments.length - 1];
            const size = Math.max(8, argNumber(edge.args, 'strokeWidth', 1.5) * 4);
            const color = this.edgeColor(edge);
            result.push(
                <path
                    class-arrow={true}
                    d={`M 0,0 L ${size},${-size / 2.2} L ${size},${size / 2.2} Z`}
                    transform={`translate(${p2.x} ${p2.y}) rotate(${toDegrees(angleOfPoint(Point.subtract(p1, p2)))})`}
                    style={{ fill: color, stroke: color, strokeWidth: '1', strokeDasharray: 'none' }}
                />
            );
        }
        return result;
    }
}

function pathFor(segments: Point[]): string {
    return segments.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x},${p.y}`).join(' ');
}
