export { serveStatic } from '../../scripts/browser/serve-static.ts';
