// Serves a built dist/ folder on 127.0.0.1 and prints its URL. Usage: serve.mjs DIST [PORT]
// Tries the next ports when the first is taken. Uses the browser tests' own static server.
import { serveDist } from '../tests/e2e/static_server.mjs';

const [dist, port = '8080'] = process.argv.slice(2);
for (let p = Number(port); p < Number(port) + 20; ++p) {
  try {
    const server = await serveDist(dist, { port: p });
    console.log(`Hindsight is running at ${server.url}  (Ctrl+C to stop)`);
    break;
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
  }
}
