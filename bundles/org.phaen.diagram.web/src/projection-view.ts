/*
 * The diagram's scroll bars. GLSP draws a bar along each edge of the page with the visible part and a mark for each
 * validation marker (its projections). When the whole map fits along an axis there is nothing to scroll there: no
 * bar, so no row of warning marks beside a map that is all in view.
 */
import { Bounds, GLSPProjectionView, GViewportRootElement, IViewArgs, RenderingContext, isBoundsAware } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

/** Slack (in diagram units) for rounding: a map that fits to within a pixel fits. */
const SLACK = 1;

@injectable()
export class PhaenProjectionView extends GLSPProjectionView {
    protected override renderProjections(model: Readonly<GViewportRootElement>, context: RenderingContext, args?: IViewArgs): VNode[] {
        const bars = super.renderProjections(model, context, args);
        const content = contentBounds(model);
        if (bars.length !== 2 || !content || model.zoom <= 0) {
            return bars;
        }
        const [vertical, horizontal] = bars;
        const width = model.canvasBounds.width / model.zoom,
            height = model.canvasBounds.height / model.zoom;
        const shown: VNode[] = [];
        if (!fits(content.y, content.height, model.scroll.y, height)) {
            shown.push(vertical);
        }
        if (!fits(content.x, content.width, model.scroll.x, width)) {
            shown.push(horizontal);
        }
        return shown;
    }
}

/** Whether [start, start + size] lies inside the visible [from, from + visible]. */
function fits(start: number, size: number, from: number, visible: number): boolean {
    return start >= from - SLACK && start + size <= from + visible + SLACK;
}

/** The union of the top-level elements' boxes (the map itself, without the viewport), or undefined when empty. */
function contentBounds(model: Readonly<GViewportRootElement>): Bounds | undefined {
    let result: Bounds | undefined;
    for (const child of model.children) {
        if (isBoundsAware(child) && child.bounds.width >= 0 && child.bounds.height >= 0) {
            result = result ? Bounds.combine(result, child.bounds) : child.bounds;
        }
    }
    return result;
}
