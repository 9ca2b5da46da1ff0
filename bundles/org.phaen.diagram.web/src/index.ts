/*
 * Entry point of the Phaen diagram web client.
 *
 * URL parameters: port (default 8081), path (default "phaen"), diagram (strategy-map | alignment | partner-network),
 * uri (the plan file, sent as GLSP sourceUri), token (this server start's token: the server refuses a WebSocket
 * without it), clientId (default: random), palette (collapsed or open: the user's choice for the tool palette;
 * absent: it follows the page's width).
 */
import 'reflect-metadata';

import {
    Action,
    BaseJsonrpcGLSPClient,
    DiagramLoader,
    GLSPActionDispatcher,
    GLSPClient,
    GLSPWebSocketProvider,
    MessageAction,
    SelectAction,
    STANDALONE_MODULE_CONFIG,
    StatusAction,
    createDiagramOptionsModule
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { MessageConnection } from 'vscode-jsonrpc';
import { createPhaenDiagramContainer, PHAEN_BASE_DIV, PHAEN_DIAGRAM_TYPES, phaenHook } from './diagram-module';
import { FoldAction } from './fold';
import { installViewKeys, PhaenViewport } from './viewport';
import './style.css';

export const APPLICATION_ID = 'phaen';
const SERVER_ID = 'phaen';

function randomId(): string {
    const c = globalThis.crypto;
    if (c && typeof c.randomUUID === 'function') {
        return c.randomUUID();
    }
    return Math.random().toString(36).slice(2) + Date.now().toString(36);
}

const params = new URLSearchParams(window.location.search);
const port = parseInt(params.get('port') ?? '', 10) || 8081;
const wsPath = (params.get('path') || 'phaen').replace(/^\/+/, '');
const diagramType = params.get('diagram') || PHAEN_DIAGRAM_TYPES[0];
const sourceUri = params.get('uri') ?? '';
const clientId = params.get('clientId') || `phaen-${randomId()}`;
const token = params.get('token') ?? '';
const webSocketUrl = `ws://localhost:${port}/${wsPath}?token=${encodeURIComponent(token)}`;

if (!(PHAEN_DIAGRAM_TYPES as readonly string[]).includes(diagramType)) {
    console.warn(`Unknown Phaen diagram type '${diagramType}', expected one of ${PHAEN_DIAGRAM_TYPES.join(', ')}`);
}

const hook = phaenHook();
hook.clientId = clientId;
hook.diagramType = diagramType;
hook.sourceUri = sourceUri;

let glspClient: GLSPClient | undefined;
let container: Container | undefined;

function actionDispatcher(): GLSPActionDispatcher {
    if (!container) {
        throw new Error('The Phaen diagram is not connected yet');
    }
    return container.get(GLSPActionDispatcher);
}

hook.dispatch = async (action: Action | string): Promise<void> => {
    const parsed: Action = typeof action === 'string' ? JSON.parse(action) : action;
    await actionDispatcher().dispatch(parsed);
};

hook.select = async (ids: string[] | string): Promise<void> => {
    const selected: string[] = typeof ids === 'string' ? JSON.parse(ids) : ids;
    await actionDispatcher().dispatch(SelectAction.create({ selectedElementsIDs: selected, deselectedElementsIDs: true }));
};

hook.selectElements = async (uuids: string[] | string): Promise<void> => {
    const wanted = new Set<string>(typeof uuids === 'string' ? JSON.parse(uuids) : uuids);
    const ids = hook.nodeIds.filter(id => wanted.has(id.substring(0, id.lastIndexOf('/'))));
    await actionDispatcher().dispatch(SelectAction.create({ selectedElementsIDs: ids, deselectedElementsIDs: true }));
};

const viewport = new PhaenViewport(() => {
    if (!container) {
        throw new Error('The Phaen diagram is not connected yet');
    }
    return container;
});
const list = (value: string[] | string): string[] => (typeof value === 'string' ? JSON.parse(value) : value);
hook.zoom = () => viewport.zoom();
hook.zoomBy = factor => viewport.zoomBy(factor);
hook.actualSize = () => viewport.actualSize();
hook.fit = () => viewport.fit();
hook.focus = uuids => viewport.focus(list(uuids));
hook.reveal = uuid => viewport.reveal(uuid);
hook.overview = () => viewport.overview();
hook.scrollTo = (x, y) => viewport.scrollTo(x, y);
hook.toggleFold = async () => {
    if (hook.selection.length > 0) {
        await actionDispatcher().dispatch(FoldAction.create([...hook.selection]));
    }
};
installViewKeys(viewport, () => window.phaenFind?.(), () => hook.toggleFold?.());

async function initialize(connectionProvider: MessageConnection, isReconnecting = false): Promise<void> {
    const client = new BaseJsonrpcGLSPClient({ id: SERVER_ID, connectionProvider });
    hook.aspectRatio = window.innerWidth / Math.max(1, window.innerHeight);
    glspClient = client;
    container = createPhaenDiagramContainer(
        createDiagramOptionsModule(
            { clientId, diagramType, sourceUri, glspClientProvider: async () => client },
            { baseDiv: PHAEN_BASE_DIV, hiddenDiv: `${PHAEN_BASE_DIV}_hidden` }
        ),
        STANDALONE_MODULE_CONFIG
    );
    const dispatcher = container.get(GLSPActionDispatcher);
    try {
        await container.get(DiagramLoader).load({
            // The layout packs the diagram toward the page's shape (PlanStorage, ElkLayout); an export lays it out the same.
            requestModelOptions: { isReconnecting, aspectRatio: String(hook.aspectRatio) },
            initializeParameters: { applicationId: APPLICATION_ID }
        });
    } catch (error) {
        hook.error = String(error);
        console.error('Loading the Phaen diagram failed', error);
        return;
    }
    if (isReconnecting) {
        const message = 'The connection to the Phaen diagram server was re-established.';
        dispatcher.dispatchAll([
            StatusAction.create(message, { severity: 'WARNING', timeout: 5000 }),
            MessageAction.create(message, { severity: 'WARNING' })
        ]);
    }
}

async function reconnect(connectionProvider: MessageConnection): Promise<void> {
    glspClient?.stop();
    await initialize(connectionProvider, true);
}

new GLSPWebSocketProvider(webSocketUrl).listen({ onConnection: initialize, onReconnect: reconnect, logger: console });
