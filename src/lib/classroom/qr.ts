// QR codes for assignment links and result codes, with lean-qr's "nano" build (about 2 kB gzip).
import { correction, generate } from 'lean-qr/nano';

export type QrLevel = 'L' | 'M' | 'Q' | 'H';

/**
 * M restores up to ~15% of the modules: enough for a crease or a smudge on paper and for glare or
 * a low-contrast projector, at about a fifth more modules than L. The library raises the level
 * further when the chosen size has room to spare.
 */
export const QR_LEVEL: QrLevel = 'M';

/** The white margin scanners need around a code, in modules (the standard's minimum). */
export const QUIET_ZONE = 4;

export interface QrMatrix {
	/** Modules per side, without the quiet zone. */
	size: number;
	/** 1 (21 modules) to 40 (177 modules). */
	version: number;
	dark: (x: number, y: number) => boolean;
}

/** The code's modules, or undefined when `text` is too long for any QR code at `level`. */
export function qrMatrix(text: string, level: QrLevel = QR_LEVEL): QrMatrix | undefined {
	try {
		const code = generate(text, { minCorrectionLevel: correction[level] });
		return { size: code.size, version: (code.size - 17) / 4, dark: (x, y) => code.get(x, y) };
	} catch {
		return undefined;
	}
}

/** Whether `text` fits one QR code at `level`, and the smallest version that holds it. */
export function qrFits(text: string, level: QrLevel = QR_LEVEL) {
	const matrix = qrMatrix(text, level);
	return matrix ? { fits: true, version: matrix.version } : { fits: false, version: undefined };
}

/** SVG path data of the dark modules, one rectangle per run in a row, inside the quiet zone. */
export function qrPath(m: QrMatrix): string {
	let d = '';
	for (let y = 0; y < m.size; y++)
		for (let x = 0; x < m.size; x++) {
			if (!m.dark(x, y)) continue;
			const start = x;
			while (x + 1 < m.size && m.dark(x + 1, y)) x++;
			d += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start + 1}v1h${start - x - 1}z`;
		}
	return d;
}
