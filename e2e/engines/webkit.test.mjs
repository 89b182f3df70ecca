// The cross-engine smoke suite (suite.mjs) in WebKit (WebKitGTK MiniBrowser, WebKitWebDriver,
// Xvfb); see engines.mjs for how it is driven.
import { engineSuite } from './suite.mjs';

engineSuite('webkit');
