#!/usr/bin/env node
// claimcheck's command line. Only this module (and cli/) touches stdout, stderr, files and exit codes.
import { Command, CommanderError, Option } from 'commander';
import { TOOL } from '../report/build.js';
import { EXIT, UsageError } from './exit.js';
import { checkCommand, claimsCommand, rulesCommand } from './commands.js';

/** Set by the command that ran. */
let code: number = EXIT.clean;

function program(): Command {
  const p = new Command('claimcheck')
    .description('Check documents that disagree: extract claims, group them, and flag contradictions and garbled text.')
    .version(TOOL.version)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  p.command('check')
    .description('check documents with the rules and print a report')
    .argument('[paths...]', 'files or folders of documents', ['seeds'])
    .option('--rules <dir>', 'rules folder (default: the bundled rules/)')
    .addOption(new Option('--format <format>', 'what to print').choices(['table', 'markdown', 'json']).default('table'))
    .option('--out <file...>', 'also write the report to FILE; format from its extension (.md, .json, .txt)')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when findings reach this severity').choices(['error', 'warning', 'never']).default('error'))
    .action((paths: string[], opts) => {
      code = checkCommand(paths, opts);
    });
  p.command('claims')
    .description('list every extracted claim, for inspection')
    .argument('[paths...]', 'files or folders of documents', ['seeds'])
    .option('--rules <dir>', 'rules folder (default: the bundled rules/)')
    .addOption(new Option('--format <format>', 'what to print').choices(['table', 'json']).default('table'))
    .action((paths: string[], opts) => {
      code = claimsCommand(paths, opts);
    });
  p.command('rules')
    .description('validate and list the rules')
    .option('--rules <dir>', 'rules folder (default: the bundled rules/)')
    .action((opts) => {
      code = rulesCommand(opts);
    });
  return p;
}

async function main(): Promise<number> {
  try {
    await program().parseAsync(process.argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit 0; anything else commander refuses is a usage error.
      return e.exitCode === 0 ? EXIT.clean : EXIT.usage;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`claimcheck: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}

main().then((code) => {
  process.exitCode = code;
});
