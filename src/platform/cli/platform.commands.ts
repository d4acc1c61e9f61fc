import type { Command } from 'commander';

/** Platform commands: setup, demo, company, user, audit, backup, restore. */
export function registerPlatformCommands(_program: Command): void {}
