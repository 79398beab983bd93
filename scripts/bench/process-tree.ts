import { readdirSync, readFileSync } from 'node:fs';

/** What the sampler saw of one process name over a stage. */
export interface NameUsage {
	/** Seconds from the stage start when a process of this name was first and last seen. */
	firstSeen: number;
	lastSeen: number;
	/** Largest resident set of one process of this name, in bytes. */
	peakRss: number;
}

/** A running sampler of a process tree's memory. */
export interface TreeSampler {
	/** Stops sampling and returns the peak of the whole tree (all processes added up) and per name. */
	stop(): { peakTreeRss: number; names: Map<string, NameUsage> };
}

const PAGE = 4096;

/**
 * Samples, every `intervalMs`, the resident memory of a process and all its descendants from
 * `/proc` (Linux only). The OS's own accounting (`/usr/bin/time`, getrusage) reports the largest
 * single process; this adds up processes that run at the same time, such as Astro's Node process
 * and the Pagefind binary it starts, and tells how long each named process ran.
 * @param rootPid The process whose tree to watch.
 */
export function sampleTree(rootPid: number, intervalMs = 200): TreeSampler {
	const started = performance.now();
	let peakTreeRss = 0;
	const names = new Map<string, NameUsage>();
	const tick = () => {
		const processes = readProcesses();
		const tree = new Set([rootPid]);
		let grew = true;
		while (grew) {
			grew = false;
			for (const p of processes) {
				if (!tree.has(p.pid) && tree.has(p.ppid)) {
					tree.add(p.pid);
					grew = true;
				}
			}
		}
		const at = (performance.now() - started) / 1000;
		let total = 0;
		for (const p of processes) {
			if (!tree.has(p.pid)) continue;
			total += p.rss;
			const usage = names.get(p.name) ?? { firstSeen: at, lastSeen: at, peakRss: 0 };
			usage.lastSeen = at;
			usage.peakRss = Math.max(usage.peakRss, p.rss);
			names.set(p.name, usage);
		}
		peakTreeRss = Math.max(peakTreeRss, total);
	};
	const timer = setInterval(tick, intervalMs);
	return {
		stop() {
			clearInterval(timer);
			return { peakTreeRss, names };
		},
	};
}

/** pid, parent, command name and resident bytes of every process, from `/proc/<pid>/stat`. */
function readProcesses(): { pid: number; ppid: number; name: string; rss: number }[] {
	const result = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		let stat: string;
		try {
			stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
		} catch {
			continue; // The process ended between the listing and the read.
		}
		// The command name may contain spaces and parentheses, so fields are counted after the last `)`.
		const close = stat.lastIndexOf(')');
		const name = stat.slice(stat.indexOf('(') + 1, close);
		const fields = stat.slice(close + 2).split(' ');
		result.push({ pid: Number(entry), ppid: Number(fields[1]), name, rss: Number(fields[21]) * PAGE });
	}
	return result;
}
