// The cross-engine smoke suite (suite.mjs) in Firefox (Debian firefox-esr, WebDriver BiDi); see
// engines.mjs for how it is driven.
import { engineSuite } from './suite.mjs';

engineSuite('firefox');
