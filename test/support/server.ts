export { serveStatic } from '../../scripts/lib/browser/serve-static.ts';
