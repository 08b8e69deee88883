// Preloaded into the Agents Playground (node --require): it listens without a host, which means
// every interface, and has no option to change that. Listening on a port alone is pinned to 127.0.0.1.
'use strict';
const net = require('node:net');

const LOOPBACK = '127.0.0.1';
const originalListen = net.Server.prototype.listen;

function isPort(value) {
  return typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value));
}

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first, second] = args;
  if (first === undefined || typeof first === 'function') {
    args.unshift(0, LOOPBACK);
  } else if (isPort(first) && typeof second !== 'string') {
    args.splice(1, 0, LOOPBACK);
  } else if (first && typeof first === 'object' && 'port' in first && first.host === undefined) {
    args[0] = { ...first, host: LOOPBACK };
  }
  return originalListen.apply(this, args);
};
