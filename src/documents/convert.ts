import * as vscode from 'vscode';
import type { Position, Range } from '../model/types';

export function toPosition(position: Position): vscode.Position {
	return new vscode.Position(position.line, position.character);
}

export function toRange(range: Range): vscode.Range {
	return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
