'use strict';
/**
 * Digit sets for scripts/generate-phone-plans.js. A digit set is a bit mask (bit d: digit d allowed);
 * a sequence of them stands for every number of its length that has, at each position, a digit of
 * that position's set. libphonenumber's patterns are finite (only bounded repeats), so each is the
 * union of such sequences: `expand` lists them, `merge` and `source` write a union back as one short
 * regular expression.
 */

const ALL = 0x3ff;
const bit = (digit) => 1 << Number(digit);
/** Digits from..to, both numbers. */
const range = (from, to) => (ALL >> (9 - to + from)) << from;

/**
 * A pattern as a tree: digits, [classes], \\d, (?:groups), |, ? and {n} or {n,m}, the syntax of
 * libphonenumber's number patterns; anything else stops the generator (a new metadata release that
 * uses more would be noticed, not misread).
 */
function parse(source) {
	let at = 0;
	const fail = (what) => {
		throw new Error(`unexpected ${what} at ${at} in /${source}/`);
	};
	function alternation() {
		const branches = [sequence()];
		while (source[at] === '|') {
			at += 1;
			branches.push(sequence());
		}
		return { alt: branches };
	}
	function sequence() {
		const items = [];
		while (at < source.length && source[at] !== '|' && source[at] !== ')') {
			let node = atom();
			let quantifier = /^(?:\{(\d+)(?:,(\d+))?\}|\?)/.exec(source.slice(at));
			if (quantifier) {
				at += quantifier[0].length;
				const min = quantifier[0] === '?' ? 0 : Number(quantifier[1]);
				const max = quantifier[0] === '?' ? 1 : Number(quantifier[2] ?? quantifier[1]);
				node = { repeat: node, min, max };
			}
			items.push(node);
		}
		return { seq: items };
	}
	function atom() {
		const char = source[at];
		if (/\d/.test(char)) return ((at += 1), { set: bit(char) });
		if (source.startsWith('\\d', at)) return ((at += 2), { set: ALL });
		if (source.startsWith('(?:', at)) {
			at += 3;
			const inner = alternation();
			if (source[at] !== ')') fail('end');
			return ((at += 1), inner);
		}
		if (char === '[') {
			const end = source.indexOf(']', at);
			const body = source.slice(at + 1, end);
			if (end < 0 || !/^(\d(-\d)?)+$/.test(body)) fail('class');
			at = end + 1;
			let set = 0;
			for (const [, from, to] of body.matchAll(/(\d)(?:-(\d))?/g))
				set |= range(Number(from), Number(to ?? from));
			return { set };
		}
		return fail(JSON.stringify(char));
	}
	const tree = alternation();
	if (at !== source.length) fail('text');
	return tree;
}

/** Every sequence of digit sets the tree matches, by length, up to maxLength. */
function expand(node, maxLength) {
	const out = new Map();
	const add = (sequence) => {
		if (sequence.length > maxLength) return;
		if (!out.has(sequence.length)) out.set(sequence.length, new Map());
		out.get(sequence.length).set(sequence.join(','), sequence);
	};
	const each = (map) => [...map.values()].flatMap((bucket) => [...bucket.values()]);
	const concat = (lefts, rights) => {
		for (const left of lefts) for (const right of rights) add([...left, ...right]);
	};
	if (node.set !== undefined) add([node.set]);
	else if (node.alt) for (const branch of node.alt) each(expand(branch, maxLength)).forEach(add);
	else if (node.seq) {
		let partial = [[]];
		for (const item of node.seq) {
			const next = expand(item, maxLength);
			const result = new Map();
			for (const left of partial)
				for (const right of each(next))
					if (left.length + right.length <= maxLength) {
						const joined = [...left, ...right];
						result.set(joined.join(','), joined);
					}
			partial = [...result.values()];
		}
		partial.forEach(add);
	} else {
		const once = each(expand(node.repeat, maxLength));
		let partial = [[]];
		for (let count = 0; count <= node.max; count++) {
			if (count >= node.min) partial.forEach(add);
			const result = new Map();
			for (const left of partial)
				for (const right of once)
					if (left.length + right.length <= maxLength) {
						const joined = [...left, ...right];
						result.set(joined.join(','), joined);
					}
			partial = [...result.values()];
		}
	}
	return out;
}

/** Merges sequences that differ at one position, until none do; drops those inside another. */
function merge(sequences) {
	let list = sequences;
	for (let changed = true; changed;) {
		changed = false;
		for (let position = 0; position < (list[0]?.length ?? 0); position++) {
			const groups = new Map();
			for (const sequence of list) {
				const key = sequence.map((set, i) => (i === position ? '*' : set)).join(',');
				const group = groups.get(key);
				if (group) group[position] |= sequence[position];
				else groups.set(key, [...sequence]);
			}
			if (groups.size < list.length) changed = true;
			list = [...groups.values()];
		}
	}
	return list.filter(
		(sequence, i) =>
			!list.some(
				(other, j) => j !== i && other.every((set, p) => (set & sequence[p]) === sequence[p]),
			),
	);
}

function setSource(set) {
	if (set === ALL) return '\\d';
	const digits = [...'0123456789'].filter((digit) => set & bit(digit));
	if (digits.length === 1) return digits[0];
	const runs = [];
	for (const digit of digits.map(Number)) {
		const last = runs[runs.length - 1];
		if (last && last[1] === digit - 1) last[1] = digit;
		else runs.push([digit, digit]);
	}
	const text = runs.map(([from, to]) =>
		to - from > 1 ? `${from}-${to}` : to > from ? `${from}${to}` : `${from}`,
	);
	return `[${text.join('')}]`;
}

/** Tokens of a sequence: a digit, a [class] or \d, runs of the same class or \d as one {n}. */
function tokens(sequence) {
	const parts = sequence.map(setSource);
	const out = [];
	for (let i = 0; i < parts.length;) {
		let j = i;
		while (j < parts.length && parts[j] === parts[i]) j++;
		if (j - i > 2 && parts[i].length > 1) out.push(`${parts[i]}{${j - i}}`);
		else out.push(...parts.slice(i, j));
		i = j;
	}
	return out;
}

/** A digit set from a token that is one: a digit, a [class] or \\d. */
function setOf(token) {
	if (token === '\\d') return ALL;
	if (/^\d$/.test(token)) return bit(token);
	return /^\[[\d-]+\]$/.test(token) ? parse(token).alt[0].seq[0].set : undefined;
}

/** Alternatives as one token: a class when each is one digit set, else (?:a|b). */
function group(branches) {
	if (branches.length === 1) return branches[0].join('');
	const sets = branches.map((branch) => (branch.length === 1 ? setOf(branch[0]) : undefined));
	if (sets.every((set) => set !== undefined)) return setSource(sets.reduce((a, b) => a | b));
	return `(?:${branches
		.map((branch) => branch.join(''))
		.sort()
		.join('|')})`;
}

/** Branches that end alike written once: a(?:x|y)z|b(?:x|y)z -> (?:a|b)(?:x|y)z. */
function shareEnds(branches) {
	const byEnd = new Map();
	for (const branch of branches) {
		const end = branch.length > 1 ? branch[branch.length - 1] : `whole:${branch[0]}`;
		if (!byEnd.has(end)) byEnd.set(end, []);
		byEnd.get(end).push(branch);
	}
	return [...byEnd.values()].map((same) => {
		if (same.length === 1) return same[0];
		const end = same[0][same[0].length - 1];
		return [group(shareEnds(same.map((branch) => branch.slice(0, -1)))), end];
	});
}

/** One regular expression for the sequences, their common starts and ends written once. */
function source(sequences) {
	const trie = new Map();
	for (const sequence of sequences) {
		let node = trie;
		for (const token of tokens(sequence)) {
			if (!node.has(token)) node.set(token, new Map());
			node = node.get(token);
		}
	}
	const branchesOf = (node) =>
		shareEnds(
			[...node].map(([token, next]) => {
				const tails = branchesOf(next);
				if (tails.length === 0) return [token];
				return [token, ...(tails.length === 1 ? tails[0] : [group(tails)])];
			}),
		);
	const branches = branchesOf(trie);
	return branches
		.map((branch) => branch.join(''))
		.sort()
		.join('|');
}

module.exports = { ALL, bit, range, parse, expand, merge, source };
