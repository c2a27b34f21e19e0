#!/usr/bin/env node
// claimcheck's command line. Only this module (and cli/) touches stdout, stderr, files and exit codes.
// First, so the compiler settings hold before any other module's code runs.
import './v8-flags.js';
import { Command, CommanderError, Option } from 'commander';
import { TOOL } from '../report/build.js';
import { FORMAT_NAMES } from '../report/index.js';
import { VERDICT_STATUSES } from '../verdicts/index.js';
import { baselineCommand, checkCommand, claimsCommand, rulesCommand, verdictCommand } from './commands.js';
import { EXIT, UsageError } from './exit.js';
import { DEFAULT_VERDICTS } from './verdicts-file.js';

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
    .addOption(new Option('--format <format>', 'what to print').choices(FORMAT_NAMES).default('table'))
    .option('--out <file...>', 'also write the report to FILE; format from its extension (.md, .json, .sarif, .txt)')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when findings without a verdict reach this severity').choices(['error', 'warning', 'never']).default('error'))
    .option('--verdicts <file>', 'reviewers\' verdicts file', DEFAULT_VERDICTS)
    .option('--show-dismissed', 'list findings a reviewer dismissed (hidden by default, always counted)')
    .option('--new <paths...>', 'gate only on findings involving these documents (they are checked against all PATHs)')
    .option('--since <ref>', 'gate only on findings involving documents changed since this git ref')
    .action((paths: string[], opts) => {
      code = checkCommand(paths, opts);
    });
  p.command('verdict')
    .description('record a reviewer\'s verdict on one finding in the verdicts file')
    .argument('<id>', 'finding fingerprint, or a unique prefix of at least 4 hex digits')
    .argument('[paths...]', 'files or folders the finding comes from', ['seeds'])
    .addOption(new Option('--status <status>', 'the verdict').choices(VERDICT_STATUSES).makeOptionMandatory())
    .option('--note <text>', 'why', '')
    .option('--who <name>', 'reviewer (default: $CLAIMCHECK_WHO, $GITHUB_ACTOR or the user name)')
    .option('--date <YYYY-MM-DD>', 'date of the verdict (default: $CLAIMCHECK_NOW or today, UTC)')
    .option('--verdicts <file>', 'verdicts file', DEFAULT_VERDICTS)
    .option('--rules <dir>', 'rules folder (default: the bundled rules/)')
    .action((id: string, paths: string[], opts) => {
      code = verdictCommand(id, paths, opts);
    });
  p.command('baseline')
    .description('record every current finding without a verdict as accepted')
    .argument('[paths...]', 'files or folders of documents', ['seeds'])
    .option('--note <text>', 'note stored with each new verdict')
    .option('--who <name>', 'reviewer (default: $CLAIMCHECK_WHO, $GITHUB_ACTOR or the user name)')
    .option('--date <YYYY-MM-DD>', 'date of the verdicts (default: $CLAIMCHECK_NOW or today, UTC)')
    .option('--verdicts <file>', 'verdicts file', DEFAULT_VERDICTS)
    .option('--rules <dir>', 'rules folder (default: the bundled rules/)')
    .action((paths: string[], opts) => {
      code = baselineCommand(paths, opts);
    });
  p.command('claims')
    .description('list every extracted claim, for inspection')
    .argument('[paths...]', 'files or folders of documents', ['seeds'])
    .option('--rules <dir>', 'rules folder (default: the bundled rules/)')
    .addOption(new Option('--format <format>', 'what to print').choices(['table', 'json']).default('table'))
    .option('--stats', 'print coverage instead: numbers and dates found, how many became claims, why the rest did not')
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
