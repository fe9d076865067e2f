// The `entities` package (markdown-it's HTML entity tables) declares "sideEffects": false, but its ESM
// folder has a package.json of its own ({"type": "module"}), which esbuild reads instead. So esbuild kept
// the package's HTML encoder table (23 KB), which nothing calls, in every bundle with markdown-it. This
// plugin restores the package's own declaration. Shared by the build and the activation bench.
const packages = ['entities'];
const inPackage = new RegExp(`[\\\\/]node_modules[\\\\/](?:${packages.join('|')})[\\\\/]`);

export const sideEffectFreePackages = {
	name: 'side-effect-free-packages',
	setup(build) {
		build.onResolve({ filter: /./ }, async args => {
			if (args.pluginData?.sideEffectFree || !(packages.includes(args.path) || inPackage.test(args.importer))) {
				return undefined;
			}
			const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { sideEffectFree: true } });
			return resolved.errors.length ? undefined : { ...resolved, sideEffects: false };
		});
	},
};
