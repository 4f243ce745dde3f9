/**
 * The search worker: Pagefind and the query layer run here, off the page's
 * thread, so typing stays smooth while a common word's thousands of results
 * are read and ranked. It answers the page's messages (src/lib/search/service.ts).
 */
import { responder, type WorkerRequest } from '../lib/search/service.ts';
import { openSearch } from './search-local.ts';

const respond = responder(openSearch);
self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  void respond(event.data).then((reply) => self.postMessage(reply));
});
