/*
 * Folding a node's subtree in the strategy map (a strategic issue's goals, their strategies and projects): the
 * server leaves what the folded node hides out of the diagram and lays it out again (FoldHandler, Folding), and
 * draws the folded node dashed with a "+N" badge. Folding is the view's, not the plan's.
 */
import { Action } from '@eclipse-glsp/client';

/** Fold the nodes named, or unfold them when folded (handled by the server). */
export interface FoldAction extends Action {
    kind: typeof FoldAction.KIND;
    elementIds: string[];
}

export namespace FoldAction {
    export const KIND = 'phaenFold';

    export function create(elementIds: string[]): FoldAction {
        return { kind: KIND, elementIds };
    }
}
