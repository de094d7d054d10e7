import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { META_CONTENT_SECURITY_POLICY } from './main/hosts/csp';

// The page's CSP meta tag (all the Electron window has, loading from file://) is written from the
// same constant the web host sends as a header.
const cspMeta = {
  name: 'housing-desk-csp',
  transformIndexHtml: (html: string) => html.replace('%CONTENT_SECURITY_POLICY%', META_CONTENT_SECURITY_POLICY),
};

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
