// The cross-engine smoke suite (suite.mjs) in Chromium (chromedriver): the reference for the other
// two; see engines.mjs for how it is driven.
import { engineSuite } from './suite.mjs';

engineSuite('chromium');
