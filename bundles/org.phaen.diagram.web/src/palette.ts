/*
 * The tool palette docked at the diagram's right edge (style.css), collapsible with GLSP's own button, and
 * remembering whether it was collapsed: the state comes with the page's address (palette=collapsed) and each change
 * is reported to window.phaenPaletteCollapsed (installed by the Java editor, which keeps it in the preferences).
 * In a page narrower than NARROW the palette starts collapsed without that being remembered: open, it would cover a
 * quarter of a small editor's drawing.
 */
import { GModelRoot, ToolPalette } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

declare global {
    interface Window {
        phaenPaletteCollapsed?: (collapsed: boolean) => unknown;
    }
}

const COLLAPSED = '0px';
const NARROW = 760;

@injectable()
export class PhaenToolPalette extends ToolPalette {
    private startsCollapsed = new URLSearchParams(window.location.search).get('palette') === 'collapsed' || window.innerWidth < NARROW;
    /** The narrow page's collapsing is the page's, not the user's choice: not reported. */
    private unreported = !this.startsCollapsed ? false : new URLSearchParams(window.location.search).get('palette') !== 'collapsed';

    protected override onBeforeShow(containerElement: HTMLElement, root: Readonly<GModelRoot>): void {
        super.onBeforeShow(containerElement, root);
        if (this.startsCollapsed) {
            this.startsCollapsed = false;
            // GLSP's button flips the palette and its own icon: use it, so icon and state agree.
            document.querySelector<HTMLElement>(`#${this.options.baseDiv} .minimize-palette-button i`)?.click();
        }
    }

    protected override addMinimizePaletteButton(): void {
        super.addMinimizePaletteButton();
        new MutationObserver(() => {
            const collapsed = this.containerElement.style.maxHeight === COLLAPSED;
            document.body.setAttribute('data-phaen-palette', collapsed ? 'collapsed' : 'open');
            if (this.unreported) {
                this.unreported = false;
                return;
            }
            window.phaenPaletteCollapsed?.(collapsed);
        }).observe(this.containerElement, { attributes: true, attributeFilter: ['style'] });
    }
}
