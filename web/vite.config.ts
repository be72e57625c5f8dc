import { readdirSync, readFileSync } from 'node:fs';
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
    setupFiles: ['./src/testing/setup-tests.ts'],
    restoreMocks: true,
    // Setting up jsdom for every file was most of the run. Files share an environment per worker,
    // except those that replace a module (vi.mock), which need a module graph of their own, and
    // those marked `vitest: isolate` (DriverPage's 401 test timed out twice beside other files).
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'shared', include: testFiles(false), isolate: false } },
      { extends: true, test: { name: 'isolated', include: testFiles(true), isolate: true } },
    ],
  },
});

function testFiles(isolated: boolean): string[] {
  return readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.test\.tsx?$/.test(file))
    .map((file) => `src/${file}`)
    .filter((file) => /\bvi\.(mock|doMock)\(|vitest: isolate/.test(readFileSync(file, 'utf8')) === isolated);
}
