import { entitiesCommand } from './cli/entitiesCommand';
import { outlineCommand } from './cli/outlineCommand';
import { parseCommand } from './cli/parseCommand';
import { renderCommand } from './cli/renderCommand';
import { CliInputError, maxInputBytes, readSeedInput, writeOutput, type CliArgs, type CliCommand } from './cli/io';
import { bytesPerMegabyte } from './model/sizes';

/** Every subcommand; each lives in its own module under src/cli/. */
const commands: readonly CliCommand[] = [
	parseCommand,
	outlineCommand,
	renderCommand,
	entitiesCommand,
];

function usage(): string {
	return ['usage: seed-reader COMMAND FILE [options]   (FILE may be - for stdin)', '',
		...commands.map(c => `  ${c.usage.padEnd(34)} ${c.summary}`), '',
		'Offsets (start, end) are UTF-16 code units into the file\'s text as read, a byte-order mark included;',
		'lines and characters are 0-based.',
		`Inputs over ${maxInputBytes / bytesPerMegabyte} MB are refused (exit 2).`].join('\n');
}

function parseArgs(argv: readonly string[]): { command: string | undefined; args: CliArgs } {
	let file: string | undefined;
	let output: string | undefined;
	let json = false;
	const [command, ...rest] = argv;
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i];
		if (arg === '--json') {
			json = true;
		} else if (arg === '-o' || arg === '--output') {
			output = rest[++i];
		} else if (file === undefined) {
			file = arg;
		} else {
			throw new CliInputError(`unexpected argument "${arg}"`);
		}
	}
	if (file === undefined) {
		throw new CliInputError(`${command}: missing FILE`);
	}
	return { command, args: { file, json, output } };
}

async function main(argv: readonly string[]): Promise<number> {
	if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
		process.stdout.write(usage() + '\n');
		return argv.length === 0 ? 2 : 0;
	}
	const command = commands.find(c => c.name === argv[0]);
	if (!command) {
		process.stderr.write(`seed-reader: unknown command "${argv[0]}"\n${usage()}\n`);
		return 2;
	}
	try {
		const { args } = parseArgs(argv);
		const output = await command.run(args, readSeedInput(args.file));
		if (typeof output === 'string') {
			if (output) {
				await writeOutput(output.endsWith('\n') ? output : output + '\n', undefined);
			}
		} else {
			await writeOutput(output, args.output);
		}
		return 0;
	} catch (e) {
		if (e instanceof CliInputError) {
			process.stderr.write(`seed-reader: ${e.message}\n`);
			return 2;
		}
		throw e;
	}
}

main(process.argv.slice(2)).then(code => {
	process.exitCode = code;
}, (e: unknown) => {
	process.stderr.write(`seed-reader: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
	process.exitCode = 1;
});
