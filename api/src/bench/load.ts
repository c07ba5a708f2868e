import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  /** Answered in all. */
  requests: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export interface LoadOptions {
  url: string;
  body: string;
  /** Several bodies, sent in turn (each connection walks the list from its own start). */
  bodies?: readonly string[];
  connections: number;
  seconds: number;
}

/** Loads one endpoint with the same GraphQL POST over and over (autocannon, on loopback). */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'nl' },
    body: options.body,
    ...(options.bodies?.length ? { requests: [{ setupRequest: rotate(options.bodies) }] } : {}),
    connections: options.connections,
    duration: options.seconds,
    pipelining: 1,
  });
  return {
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function rotate(bodies: readonly string[]) {
  let next = 0;
  return (request: autocannon.Request): autocannon.Request => ({ ...request, body: bodies[next++ % bodies.length] as string });
}
