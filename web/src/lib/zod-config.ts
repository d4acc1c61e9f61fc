import { z } from 'zod';

// Zod 4 probes for `new Function` to speed up object parsing. The server's CSP (`script-src 'self'`)
// forbids eval, so the probe is refused and reported as a CSP violation on every page: parse without it.
z.config({ jitless: true });
