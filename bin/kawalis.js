#!/usr/bin/env node
// The `kawalis` command: runs the TypeScript sources through tsx, so `npx kawalis …` works after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
