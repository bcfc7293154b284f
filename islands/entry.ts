// The bundle's entry: a module script runs once the document is parsed, so every island is in the DOM.
import { mountIslands } from './main';

mountIslands();

// A state to wait for instead of network silence (tests): every island mounted, and the browser idle once since.
const settled = () => {
  document.documentElement.dataset.islands = 'settled';
};
if ('requestIdleCallback' in window) requestIdleCallback(settled, { timeout: 2000 });
else setTimeout(settled, 0);
