import pino, { type Logger } from 'pino';

/** JSON logs on stdout. Secrets never reach it: request logs carry no bodies, cookies, tokens or query strings. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    redact: { paths: ['*.password', '*.token', '*.cookie', '*.authorization', 'req.headers'], censor: '[redacted]' },
  });
}
