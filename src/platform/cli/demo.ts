import type { Platform } from '../platform.ts';

export async function loadDemoIfEmpty(_p: Platform): Promise<void> {}
