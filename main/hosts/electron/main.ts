// The Electron shell: a thin host around the same core the web host serves. It cannot run on our
// build machines (no Electron binary), so it holds no logic of its own beyond the window.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type IpcMainInvokeEvent } from 'electron';
import type { Core } from '../../core/dispatch';
import { openHostCore } from '../hostCore';
import { startupBackup } from '../../settings/backupHandlers';
import { forkUtilityProcess } from './utilityFork';
import { AppError } from '../../core/errors';
import { rendererDir } from '../../app/paths';
import { APP_PAGE, APP_SCHEME, APP_SCHEME_PRIVILEGES, appResponseFor } from './appProtocol';
import { isTrustedSender } from './trust';

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
let backingUp: Promise<unknown> = Promise.resolve();

function databasePath(): string {
  return process.env.HOUSING_DESK_DB ? path.resolve(process.env.HOUSING_DESK_DB) : path.join(app.getPath('userData'), 'housing-desk.sqlite');
}

function createWindow(dbPath: string) {
  mainWindow = new BrowserWindow({
    width: 1400,
    height: 900,
    title: `Housing Desk — ${dbPath}`,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  const contents = mainWindow.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.session.on('will-download', (_event, item) => {
    const target = dialog.showSaveDialogSync(mainWindow!, { defaultPath: item.getFilename() });
    if (target) item.setSavePath(target);
    else item.cancel();
  });
  mainWindow.on('page-title-updated', (event) => event.preventDefault());
  void mainWindow.loadURL(APP_PAGE);
}

function buildMenu() {
  const isMac = process.platform === 'darwin';
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      ...(isMac ? [{ role: 'appMenu' as const }] : []),
      { role: 'fileMenu' },
      { role: 'editMenu' },
      {
        label: 'View',
        submenu: [
          { role: 'reload' },
          { type: 'separator' },
          { role: 'resetZoom' },
          { role: 'zoomIn' },
          { role: 'zoomOut' },
          { type: 'separator' },
          { role: 'togglefullscreen' },
        ],
      },
      { role: 'windowMenu' },
    ]),
  );
}

async function start() {
  const dbPath = databasePath();
  try {
    core = await openHostCore(dbPath, 'electron', forkUtilityProcess);
    backingUp = startupBackup(core.database).catch((e: unknown) => console.error(`Today's automatic backup failed: ${(e as Error).message}`));
  } catch (e) {
    const message = e instanceof AppError ? e.message : `The database ${dbPath} could not be opened: ${(e as Error).message}`;
    dialog.showErrorBox('Housing Desk', message);
    app.exit(1);
    return;
  }

  // The page comes from app://, which serves the renderer's files only, with the CSP as a header.
  protocol.handle(APP_SCHEME, (request) => {
    const answer = appResponseFor(request.url, rendererDir());
    return new Response(answer.file ? fs.readFileSync(answer.file) : null, { status: answer.status, headers: answer.headers });
  });
  // No permission (camera, notifications, clipboard reading, …) is ever granted or reported as granted.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  // Only our own window, showing our own page, may call the core.
  const fromOurPage = (event: IpcMainInvokeEvent) =>
    isTrustedSender(
      {
        isOurWindow: mainWindow !== null && event.sender === mainWindow.webContents,
        isMainFrame: mainWindow !== null && event.senderFrame === mainWindow.webContents.mainFrame,
        frameUrl: event.senderFrame?.url,
      },
      APP_PAGE,
    );
  const refused = { ok: false, error: { code: 'forbidden', message: 'Calls are only accepted from the Housing Desk window.' } } as const;
  ipcMain.handle('housing-desk:call', async (event, name: unknown, input: unknown) => (fromOurPage(event) ? core!.call(name, input) : refused));
  ipcMain.handle('housing-desk:upload', async (event, bytes: unknown) => {
    if (!fromOurPage(event)) return refused;
    if (!(bytes instanceof Uint8Array)) return { ok: false, error: { code: 'validation', field: 'fileId', message: 'Choose a file.' } };
    return core!.upload(bytes);
  });

  buildMenu();
  createWindow(dbPath);
}

// before the app is ready, as Electron requires
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  void app.whenReady().then(start);
  app.on('window-all-closed', () => {
    // the day's backup is finished rather than left half-written
    void backingUp.then(() => core?.database.close()).finally(() => app.quit());
  });
}
