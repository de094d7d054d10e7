// The whole bridge: one object with one generic call. Sandboxed preloads may only require 'electron'.
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('housingDesk', {
  host: 'electron',
  call: (name: string, input: unknown) => ipcRenderer.invoke('housing-desk:call', name, input),
  upload: (bytes: ArrayBuffer) => ipcRenderer.invoke('housing-desk:upload', new Uint8Array(bytes)),
});
