import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API server the dev server forwards to; `npm run demo` serves both on one origin instead. */
const apiTarget = 'http://127.0.0.1:3100';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    // The console chunk carries Ant Design; it is large by nature and never loaded by the public site.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // React, the router and the query cache: used by every page and changed rarely, so one
            // long-cached chunk. Ant Design stays out of it: the public site must never load it.
            {
              name: 'react-vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|cookie|set-cookie-parser)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
});
