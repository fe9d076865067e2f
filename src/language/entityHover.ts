import * as vscode from 'vscode';
import { entityHoverMarkdown, headerDateMarkdown } from '../model/entities/hoverText';
import type { Entity } from '../model/entities/types';
import { offsetAt, rangeAt } from '../model/positions';
import type { SeedEntityCache } from '../documents/entityCache';
import type { SeedModelCache } from '../documents/modelCache';
import { toRange } from '../documents/convert';

/** Extra markdown about the entity from outside this document (the workspace entity index). */
export type EntityHoverCrossDocument = (document: vscode.TextDocument, entity: Entity) => Promise<string | undefined>;

/** Hover card for the entity under the cursor. The markdown is built in the model; it is not trusted. */
export class SeedEntityHoverProvider implements vscode.HoverProvider {
	constructor(private readonly _entities: SeedEntityCache, private readonly _crossDocument?: EntityHoverCrossDocument) { }

	public async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
		const found = await this._entities.mentionAt(document, position);
		if (!found || token.isCancellationRequested) {
			return undefined;
		}
		const { entities, mention } = found;
		const markdown = entityHoverMarkdown(entities.model, entities.index, mention.entity, {
			lineLink: line => document.uri.with({ fragment: `L${line + 1}` }).toString(),
		});
		const more = await this._crossDocument?.(document, entities.index.entities[mention.entity]);
		if (token.isCancellationRequested) {
			return undefined;
		}
		const contents = new vscode.MarkdownString(more ? `${markdown}\n\n${more}` : markdown);
		contents.isTrusted = false;
		contents.supportHtml = false;
		return new vscode.Hover(contents, toRange(rangeAt(entities.model.lineStarts, mention.start, mention.end)));
	}
}

/** Hover on the ` date YYYY-MM-DD` header: the date spelled out and how long ago it was. */
export class SeedHeaderDateHoverProvider implements vscode.HoverProvider {
	constructor(private readonly _models: SeedModelCache, private readonly _now: () => Date = () => new Date()) { }

	public provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
		const model = this._models.get(document);
		const range = model.header.range;
		if (!range) {
			return undefined;
		}
		const offset = offsetAt(model.lineStarts, position);
		if (offset < offsetAt(model.lineStarts, range.start) || offset > offsetAt(model.lineStarts, range.end)) {
			return undefined;
		}
		const markdown = headerDateMarkdown(model, this._now());
		return markdown ? new vscode.Hover(new vscode.MarkdownString(markdown), toRange(range)) : undefined;
	}
}

export function registerEntityHoverSupport(selector: vscode.DocumentSelector, entities: SeedEntityCache, crossDocument?: EntityHoverCrossDocument): vscode.Disposable {
	return vscode.languages.registerHoverProvider(selector, new SeedEntityHoverProvider(entities, crossDocument));
}

export function registerHeaderDateHoverSupport(selector: vscode.DocumentSelector, models: SeedModelCache): vscode.Disposable {
	return vscode.languages.registerHoverProvider(selector, new SeedHeaderDateHoverProvider(models));
}
