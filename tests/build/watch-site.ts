/** Requests a served site over and over while something happens to it; collects every bad answer. */
export interface SiteWatch {
  stop: () => Promise<{ requests: number; failures: string[] }>;
}

/** What a complete site answers: the path and a test of the body. */
export interface Probe {
  path: string;
  ok: (body: string) => boolean;
}

export function watchSite(origin: string, probes: readonly Probe[], intervalMs = 20): SiteWatch {
  let stopped = false;
  let requests = 0;
  const failures: string[] = [];
  const loop = (async () => {
    for (let i = 0; !stopped; i += 1) {
      const probe = probes[i % probes.length]!;
      try {
        const response = await fetch(`${origin}${probe.path}`);
        const body = await response.text();
        requests += 1;
        if (!response.ok || !probe.ok(body)) failures.push(`${probe.path}: ${response.status} ${body.slice(0, 80)}`);
      } catch (error) {
        failures.push(`${probe.path}: ${String(error)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
      return { requests, failures };
    },
  };
}
