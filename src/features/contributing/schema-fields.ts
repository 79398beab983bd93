import { z } from 'zod';

/** One row of a schema reference: a field, its type, whether it must be given, what it means. */
export interface SchemaField {
	/** Dotted path: `company.name_ja`; list items as `phases[].start`. */
	path: string;
	/** Nesting depth (0 for top-level fields), for indentation. */
	depth: number;
	/** The type as a reader says it: `integer (1600–2100)`, `string | null`, `string[]`, `date`. */
	type: string;
	/** Whether the field must be present (fields with defaults need not be). */
	required: boolean;
	/** The schema's `.describe()` text, or an empty string. */
	description: string;
}

/** The part of JSON Schema that `z.toJSONSchema` produces and the reference reads. */
interface Node {
	type?: string | string[];
	format?: string;
	enum?: unknown[];
	const?: unknown;
	minimum?: number;
	maximum?: number;
	anyOf?: Node[];
	oneOf?: Node[];
	items?: Node;
	properties?: Record<string, Node>;
	required?: string[];
	description?: string;
}

/** Ranges wider than this are the integer type's own limits, not something an author needs to know. */
const MEANINGFUL_RANGE = 1_000_000;

/**
 * The fields of a Zod object schema, depth first in declaration order, read through its JSON
 * Schema (as an input: what an author writes, so defaulted fields are optional). Objects inside
 * lists and objects are listed under their parent, so nothing nested is left undocumented.
 * @param schema A Zod object schema.
 */
export function schemaFields(schema: z.ZodType): SchemaField[] {
	const root = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Node;
	const rows: SchemaField[] = [];
	walk(root, '', 0, rows);
	return rows;
}

function walk(node: Node, prefix: string, depth: number, rows: SchemaField[]): void {
	const required = new Set(node.required ?? []);
	for (const [name, child] of Object.entries(node.properties ?? {})) {
		const path = `${prefix}${name}`;
		rows.push({ path, depth, type: typeOf(child), required: required.has(name), description: describe(child) });
		const inner = objectOf(child);
		if (inner) walk(inner.node, `${path}${inner.list ? '[]' : ''}.`, depth + 1, rows);
	}
}

/** The object a field holds, directly, as list items, or as the non-null branch of a nullable. */
function objectOf(node: Node): { node: Node; list: boolean } | undefined {
	const branches = node.anyOf ?? node.oneOf;
	if (branches) {
		const objects = branches.map(objectOf).filter((branch) => branch !== undefined);
		return objects.length === 1 ? objects[0] : undefined;
	}
	if (node.properties) return { node, list: false };
	if (node.items?.properties) return { node: node.items, list: true };
	return undefined;
}

function describe(node: Node): string {
	if (node.description) return node.description;
	const branches = node.anyOf ?? node.oneOf ?? [];
	return branches.find((branch) => branch.description)?.description ?? '';
}

/** A readable type: scalars with their format or range, enums by their values, lists with `[]`. */
export function typeOf(node: Node): string {
	const branches = node.anyOf ?? node.oneOf;
	if (branches) return [...new Set(branches.map(typeOf))].join(' | ');
	if (node.enum) return node.enum.map((value) => JSON.stringify(value)).join(' | ');
	if (node.const !== undefined) return JSON.stringify(node.const);
	if (Array.isArray(node.type)) return node.type.map((type) => typeOf({ ...node, type })).join(' | ');
	switch (node.type) {
		case 'array':
			return node.items ? `${bracket(typeOf(node.items))}[]` : 'array';
		case 'object':
			return 'object';
		case 'string':
			return node.format === 'date' ? 'date (YYYY-MM-DD)' : node.format ? `string (${node.format})` : 'string';
		case 'integer':
		case 'number': {
			const { minimum, maximum } = node;
			if (minimum !== undefined && maximum !== undefined && maximum - minimum < MEANINGFUL_RANGE)
				return `${node.type} (${minimum}–${maximum})`;
			return node.type;
		}
		default:
			return node.type ?? 'any';
	}
}

function bracket(type: string): string {
	return type.includes(' ') ? `(${type})` : type;
}
