/*
 * The tool palette docked at the diagram's right edge (style.css), collapsible with GLSP's own button. The user's
 * choice comes with the page's address (palette=collapsed or palette=open) and each click on the button is reported
 * to window.phaenPaletteCollapsed (installed by the Java editor, which keeps it in the preferences for every diagram
 * after, across restarts). Until the user has chosen, the palette follows the page's width: collapsed while the page
 * is narrower than NARROW (open, it would cover a quarter of a small editor's drawing), open again when it is wider.
 * Those changes are the page's, never reported, and a choice the user made is never overridden by them.
 */
import { GModelRoot, ToolPalette } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

declare global {
    interface Window {
        phaenPaletteCollapsed?: (collapsed: boolean) => unknown;
    }
}

const NARROW = 760;

/** The user's choice from the address: true collapsed, false open, undefined not chosen. */
function choiceFromAddress(): boolean | undefined {
    const palette = new URLSearchParams(window.location.search).get('palette');
    return palette === 'collapsed' ? true : palette === 'open' ? false : undefined;
}

@injectable()
export class PhaenToolPalette extends ToolPalette {
    private chosen = choiceFromAddress();
    /** True while the page itself flips the palette (its width), so the click is not taken for the user's. */
    private automatic = false;

    protected override onBeforeShow(containerElement: HTMLElement, root: Readonly<GModelRoot>): void {
        super.onBeforeShow(containerElement, root);
        this.follow();
    }

    protected override addMinimizePaletteButton(): void {
        super.addMinimizePaletteButton();
        // After GLSP's own handler (which flips the palette and its icon), in the same click.
        this.minimizeIcon()?.addEventListener('click', () => {
            this.shown();
            if (!this.automatic) {
                this.chosen = !this.isPaletteMaximized();
                window.phaenPaletteCollapsed?.(this.chosen);
            }
        });
        window.addEventListener('resize', () => this.follow());
        this.shown();
    }

    /** The user's choice if any, else collapsed exactly when the page is narrow. */
    private follow(): void {
        const collapsed = this.chosen ?? window.innerWidth < NARROW;
        if (this.containerElement && collapsed === this.isPaletteMaximized()) {
            this.automatic = true;
            try {
                // GLSP's button flips the palette and its own icon: use it, so icon and state agree.
                this.minimizeIcon()?.click();
            } finally {
                this.automatic = false;
            }
        }
        this.shown();
    }

    private minimizeIcon(): HTMLElement | null {
        return document.querySelector<HTMLElement>(`#${this.options.baseDiv} .minimize-palette-button i`);
    }

    /** For tests and the screenshots: the state as an attribute of the page. */
    private shown(): void {
        if (this.containerElement) {
            document.body.setAttribute('data-phaen-palette', this.isPaletteMaximized() ? 'open' : 'collapsed');
        }
    }
}
