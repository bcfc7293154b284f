// The bundle's entry: a module script runs once the document is parsed, so every island is in the DOM.
import { mountIslands } from './main';

mountIslands();
