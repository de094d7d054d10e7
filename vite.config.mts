import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import directives from './main/hosts/csp.json' with { type: 'json' };

// The page's CSP meta tag (all the Electron window has, loading from file://) is written from the
// same directives the web host sends as a header, less frame-ancestors, which a meta tag cannot
// carry (main/hosts/csp.ts drops it alike; test/integration/cli.test.ts checks the built page).
// The config imports nothing that Node could not load itself, as Vite's native loader will need.
const cspMeta = {
  name: 'housing-desk-csp',
  transformIndexHtml: (html: string) => html.replace('%CONTENT_SECURITY_POLICY%', directives.filter((d) => !d.startsWith('frame-ancestors')).join('; ')),
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
