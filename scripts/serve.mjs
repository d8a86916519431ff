// Serves a built dist/ folder on 127.0.0.1 and prints its URL. Usage: serve.mjs DIST [PORT]
// Tries the next ports when the first is taken. Uses the browser tests' own static server.
import { serveDist } from '../tests/e2e/static_server.mjs';

const [dist, portText = '8080'] = process.argv.slice(2);
const first = Number(portText);
if (!Number.isInteger(first) || first < 1 || first > 65535) {
  console.error(`serve: "${portText}" is not a port number`);
  process.exit(1);
}
let server;
for (let port = first; !server && port < first + 20; ++port) {
  try {
    server = await serveDist(dist, { port });
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
  }
}
if (!server) {
  console.error(`serve: ports ${first}-${first + 19} are all in use; pass another: scripts/serve PORT`);
  process.exit(1);
}
console.log(`Hindsight is running at ${server.url}  (Ctrl+C to stop)`);
