import { serve } from '@hono/node-server';
import { createApp } from '../http/create-app.ts';
import { jobHandlersOf, startJobWorker } from '../jobs/index.ts';
import type { Platform } from '../platform.ts';

/** Run the HTTP server and a job worker in this process until SIGINT/SIGTERM. */
export async function runServer(p: Platform): Promise<void> {
  const app = createApp(p);
  const worker = startJobWorker({ db: p.db, clock: p.clock, handlers: jobHandlersOf(p.modules, p), logger: p.logger, pollMs: 1000 });
  const server = serve({ fetch: app.fetch, port: p.config.PORT, hostname: p.config.HOST }, (info) => {
    p.logger.info({ url: p.config.PUBLIC_URL, port: info.port, database: p.database.dialect }, 'Kawalis is listening');
    console.log(`Kawalis is running at ${p.config.PUBLIC_URL} (database: ${p.database.dialect})`);
  });
  await new Promise<void>((resolve) => {
    const stop = async () => {
      server.close();
      await worker.stop();
      await p.database.close();
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
