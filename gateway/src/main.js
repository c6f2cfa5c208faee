// `npm start`: reads the settings, starts the gateway, stops it cleanly on SIGTERM/SIGINT.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startGateway } from './gateway.js';
import { jsonLineLogger } from './request-log.js';
import { readSettings, SettingsError } from './settings.js';
import { SupergraphError } from './supergraph.js';

const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const log = jsonLineLogger();

function stopOnSignals(gateway) {
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    log('info', 'gateway.stopping', { signal });
    try {
      await gateway.stop();
      log('info', 'gateway.stopped', {});
      process.exit(0);
    } catch (error) {
      log('error', 'gateway.stop_failed', { error: String(error) });
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

try {
  const settings = readSettings(process.env, { repositoryRoot: REPOSITORY_ROOT });
  stopOnSignals(await startGateway(settings, { log }));
} catch (error) {
  // Settings and composition errors carry a readable message; print it, not a stack trace.
  const readable = error instanceof SettingsError || error instanceof SupergraphError;
  log('error', 'gateway.start_failed', { code: error.code ?? 'START_FAILED', error: readable ? error.message : String(error?.stack ?? error) });
  process.stderr.write(`gateway failed to start: ${error.message}\n`);
  process.exit(1);
}
