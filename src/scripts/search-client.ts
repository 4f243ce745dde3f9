/**
 * The page's side of the search: questions go to the search worker; where a
 * browser cannot start a module worker, the same service runs on the page.
 */
import { responder, type SearchAnswer, type SearchRequest, type WorkerReply, type WorkerRequest } from '../lib/search/service.ts';

/** Why a search gave no answer: the index could not be loaded, or the search failed. */
export class SearchFailure extends Error {
  readonly failure: 'index' | 'search';
  constructor(failure: 'index' | 'search') {
    super(failure);
    this.failure = failure;
  }
}

export interface SearchClient {
  /** The answer, and the id that "more" needs to continue this search. */
  search(request: SearchRequest): Promise<SearchAnswer & { search: number }>;
  /** Cards `from` … `from + count` of search `search`, and its summary then; fails when a later search was asked since. */
  more(search: number, from: number, count: number): Promise<SearchAnswer>;
}

export function searchClient(base: string): SearchClient {
  const onPage = responder((b) => import('./search-local.ts').then((m) => m.openSearch(b)));
  const pending = new Map<number, { message: WorkerRequest; resolve: (reply: WorkerReply | Promise<WorkerReply>) => void }>();
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'tim-kiem' });
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      pending.get(event.data.id)?.resolve(event.data);
      pending.delete(event.data.id);
    });
    // A browser without module workers cannot load the script: the page answers instead.
    worker.addEventListener('error', () => {
      worker?.terminate();
      worker = undefined;
      for (const { message, resolve } of pending.values()) resolve(onPage(message));
      pending.clear();
    });
  } catch {
    worker = undefined;
  }

  let nextId = 0;
  const ask = (message: WorkerRequest): Promise<WorkerReply> =>
    new Promise((resolve) => {
      if (!worker) return resolve(onPage(message));
      pending.set(message.id, { message, resolve });
      worker.postMessage(message);
    });
  const failed = (reply: WorkerReply): never => {
    throw new SearchFailure(reply.kind === 'failure' ? reply.failure : 'search');
  };
  return {
    async search(request) {
      const id = ++nextId;
      const reply = await ask({ id, base, kind: 'search', request });
      return reply.kind === 'search' ? { ...reply.answer, search: id } : failed(reply);
    },
    async more(search, from, count) {
      const reply = await ask({ id: ++nextId, base, kind: 'more', search, from, count });
      return reply.kind === 'more' ? reply.answer : failed(reply);
    },
  };
}
