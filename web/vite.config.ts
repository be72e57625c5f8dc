import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The backend (Spring Boot) listens on 8080 during development; `npm run dev`
// proxies the REST API and the tracking WebSocket to it so the page is same-origin.
const backend = process.env.CODEDELIVERY_BACKEND_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: true },
      '/ws': { target: backend, ws: true, changeOrigin: true },
    },
  },
  build: {
    // Maven copies dist/ into target/classes/static/ (see pom.xml).
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/testing/setup-tests.ts'],
    restoreMocks: true,
  },
});
