import type { Command } from 'commander';
import type { ChainReport } from '../audit/verify-audit-chain.ts';
import { type ChainProgress, describeBadEvent, verifyChain } from '../backup/verify-chain.ts';
import { progressLine, withCliPlatform } from './platform.commands.ts';

/** Progress on stderr once a chain is long enough to take a moment. */
export function chainProgress(label: string, threshold = 20_000): { onProgress: ChainProgress; done(): void } {
  const line = progressLine(label);
  return {
    onProgress: (checked, total) => {
      if (total >= threshold) line.update(`${checked} / ${total} events`);
    },
    done: () => line.done(),
  };
}

/** Print a chain report the same way wherever a chain is checked; false when it failed. */
export function printChainReport(report: ChainReport): boolean {
  if (report.ok) {
    console.log(`ok: ${report.checked} events verified`);
    return true;
  }
  console.log(`FAILED: ${describeBadEvent(report)}`);
  console.log(`${report.checked} events before it verified`);
  return false;
}

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the hash-chained audit log');
  audit
    .command('verify')
    .description('walk the whole audit chain; exit 1 naming the first event that fails')
    .action(() =>
      withCliPlatform(
        async (p) => {
          const progress = chainProgress('audit verify');
          const report = await verifyChain(p.db, progress.onProgress);
          progress.done();
          if (!printChainReport(report)) process.exitCode = 1;
        },
        { migrate: false },
      ),
    );
}
