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
  },
  server: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
});
