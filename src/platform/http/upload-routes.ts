/**
 * Routes that take a file inside their JSON body (a bank statement, a CSV or XLSX import) and so
 * may receive up to `MAX_UPLOAD_BYTES` instead of `MAX_BODY_BYTES`. `defineRoute` registers a
 * route declared with `upload: true`; the body limit, which runs before routing, asks here.
 */
const uploads = new Map<string, { method: string; pattern: RegExp }>();

export function registerUploadRoute(method: string, path: string): void {
  const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
  uploads.set(`${method} ${path}`, { method: method.toUpperCase(), pattern: new RegExp(`^/api/v1${source}/?$`) });
}

export function isUploadRoute(method: string, path: string): boolean {
  for (const u of uploads.values()) if (u.method === method && u.pattern.test(path)) return true;
  return false;
}
