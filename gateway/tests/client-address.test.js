// Which address the gateway forwards to the subgraphs as the client's.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientAddressOf } from '../src/client-address.js';

function request(peer, forwardedFor) {
  return { socket: { remoteAddress: peer }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } };
}

test('a request from this machine (the edge, the app) is for the client its X-Forwarded-For names last', () => {
  assert.equal(clientAddressOf(request('127.0.0.1', '203.0.113.7')), '203.0.113.7');
  assert.equal(clientAddressOf(request('::ffff:127.0.0.1', 'spoofed, 203.0.113.7')), '203.0.113.7');
  assert.equal(clientAddressOf(request('::1', '2001:db8::1')), '2001:db8::1');
});

test('a request from elsewhere is its own client, whatever it claims', () => {
  assert.equal(clientAddressOf(request('198.51.100.4', '203.0.113.7')), '198.51.100.4');
  assert.equal(clientAddressOf(request('::ffff:198.51.100.4')), '198.51.100.4');
});

test('a local request without a usable X-Forwarded-For is from its peer', () => {
  assert.equal(clientAddressOf(request('127.0.0.1')), '127.0.0.1');
  assert.equal(clientAddressOf(request('127.0.0.1', 'password=hunter2')), '127.0.0.1');
});
