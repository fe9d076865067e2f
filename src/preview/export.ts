import * as vscode from 'vscode';
import type { SeedModelCache } from '../documents/modelCache';
import { megabytes } from '../model/sizes';
import { SeedPreviewConfiguration } from './config';
import type { PreviewEntities } from './previewEntities';
import type { PreviewEntitySource } from './previewServices';
import { renderStandaloneHtml } from './standalone';

/** `name.txt` -> `name.html`, beside the source. */
function defaultTarget(resource: vscode.Uri): vscode.Uri {
	const path = resource.path.replace(/(\.[^./]*)?$/, '.html');
	return resource.with({ path });
}

/**
 * Saves the rendered article as one static HTML file (no scripts, CSP meta, inline CSS).
 * `target` skips the save dialog. Resolves to the written file, or undefined when cancelled.
 * Like the preview, it renders at most seedReader.preview.maxDocumentSize of the seed (the page says
 * so): the whole page is built in the extension host's memory, at several times the text's size.
 */
export async function exportHtml(
	extensionUri: vscode.Uri,
	models: SeedModelCache,
	resource: vscode.Uri,
	target: vscode.Uri | undefined,
	entities?: PreviewEntitySource,
): Promise<vscode.Uri | undefined> {
	const document = await vscode.workspace.openTextDocument(resource);
	const destination = target ?? await vscode.window.showSaveDialog({
		defaultUri: defaultTarget(resource.scheme === 'untitled' ? vscode.Uri.file(resource.path) : resource),
		filters: { HTML: ['html', 'htm'] },
		saveLabel: 'Export',
	});
	if (!destination) {
		return undefined;
	}
	const model = models.get(document);
	const config = SeedPreviewConfiguration.getForResource(resource);
	const cut = model.text.length > config.maxDocumentChars;
	const notice = cut ? vscode.l10n.t(
		'This seed is {0} MB; this export holds its first {1} MB (seedReader.preview.maxDocumentSize).',
		megabytes(model.text.length), String(config.maxDocumentSize)) : undefined;
	const css = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', 'preview.css')));
	let found: PreviewEntities | undefined;
	try {
		found = await entities?.(document);
	} catch {
		found = undefined; // the article is still worth exporting without entity markup
	}
	const html = renderStandaloneHtml(model, {
		css,
		hideBoilerplate: config.hideBoilerplate,
		showToc: config.showToc,
		entities: found?.mentions,
		card: found?.card,
		cardMode: 'title',
		title: resource.path.split('/').pop(),
		maxChars: config.maxDocumentChars,
		notice,
	});
	await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(html));
	if (notice) {
		void vscode.window.showInformationMessage(notice);
	}
	return destination;
}
