// YAML parsing that remembers where each value came from, so every content problem can be
// reported as file:line.
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';

export type Path = readonly (string | number)[];

/** The checks of content quality (issue 11), as docs/content-format.md describes them. */
export type QualityCheck =
	| 'quote-on-unheld-source'
	| 'length-cue'
	| 'historical-reachability'
	| 'low-quality-alsoaccept'
	| 'outcome'
	| 'story-hook'
	| 'advisers';

export interface ContentIssue {
	file: string;
	line?: number;
	message: string;
	/** A warning names something for a person to judge and fails nothing; any other issue is an error. */
	severity?: 'warning';
	/**
	 * The quality check that found it. Such a problem is reported but does not drop the file's
	 * content, which is still sound to play; problems without one keep the file out.
	 */
	check?: QualityCheck;
}

export const isError = (issue: ContentIssue) => issue.severity !== 'warning';

export interface ParsedFile {
	file: string;
	data: unknown;
	/** The line of the value at `path`, or of its nearest parent that exists. */
	lineOf(path: Path): number | undefined;
}

export function formatIssue(issue: ContentIssue): string {
	const where = `${issue.file}${issue.line ? `:${issue.line}` : ''}`;
	return `${where}: ${issue.severity === 'warning' ? 'warning: ' : ''}${issue.message}`;
}

export function parseYaml(file: string, text: string): ParsedFile | ContentIssue {
	const lineCounter = new LineCounter();
	const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false });
	const error = doc.errors[0];
	if (error) {
		const line = lineCounter.linePos(error.pos[0]).line;
		const firstLine = error.message.split('\n')[0] ?? error.message;
		return { file, line, message: `YAML syntax error: ${firstLine.replace(/ at line \d+.*$/, '')}` };
	}
	return {
		file,
		data: doc.toJS(),
		lineOf(path) {
			for (let n = path.length; n >= 0; n--) {
				const node = doc.getIn(path.slice(0, n), true);
				if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
			}
			return undefined;
		}
	};
}

export function isIssue(x: ParsedFile | ContentIssue): x is ContentIssue {
	return 'message' in x;
}
